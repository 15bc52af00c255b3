"""Procurement (การจัดซื้อจัดจ้าง): the monthly summary in the แบบ สขร.1 layout, the annual plan, the
announcements.

One ``ProcurementRecord`` is one row of แบบ สขร.1 (สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน); a
``ProcurementMonth`` is one month file ``content/procurement/<fiscal year>/<MM>.csv``; a
``ProcurementPlan`` is ``content/procurement/<fiscal year>/plan.yml`` (แผนการจัดซื้อจัดจ้าง, the
announcements of the year, and notes about the month files).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, PlainValidator, WithJsonSchema, field_validator, model_validator
from pydantic_core import PydanticCustomError

from generator.models.base import (
    Acknowledgement,
    Attachment,
    Count,
    DataFile,
    FiscalYear,
    Money,
    Record,
    Source,
    TaxId,
    Text,
    ThaiDate,
    as_validator,
)
from generator.models.links import WebLink
from generator.values.dates import BE_OFFSET, BE_YEAR_MAX, BE_YEAR_MIN, MONTHS_ABBR, MONTHS_FULL
from generator.values.errors import ValueParseError
from generator.values.numbers import to_arabic_digits
from generator.values.procurement_text import split_bidders

Month = Annotated[Count, Field(ge=1, le=12)]  # Count, not int: pydantic's int reads "1_0" as 10


def _bidders(value: Any) -> Any:
    """A bidders cell as text (``name — price`` entries) becomes a list of bids; lists pass through."""
    if isinstance(value, str):
        return [{"name": name, "price": price} for name, price in split_bidders(value)]
    return value


class Bid(Record):
    """A bidder and the price it offered (รายชื่อผู้เสนอราคาและราคาที่เสนอ)."""

    name: Text
    """Name of the bidder as printed."""
    price: Money
    """Price offered (บาท)."""


BidList = Annotated[list[Bid], BeforeValidator(as_validator(_bidders))]


def _parse_egp_project(value: Any) -> str:
    """An e-GP project number: 11 digits whose first four are the BE year (YY) and month (MM)."""
    text = to_arabic_digits(str(value)).strip() if isinstance(value, str | int) else ""
    if not re.fullmatch(r"[0-9]{11}", text) or not 1 <= int(text[2:4]) <= 12:
        raise ValueParseError(
            "bad-egp-number",
            f'"{value}" is not an e-GP project number: 11 digits, the first four the Buddhist-era '
            "year's last two digits and the month (YYMM), e.g. 69089649017 (ส.ค. 2569)",
            f'"{value}" ไม่ใช่เลขที่โครงการในระบบ e-GP ต้องเป็นตัวเลข 11 หลัก สี่หลักแรกคือปี พ.ศ. สองหลักท้าย'
            "และเดือน (ปปดด) เช่น 69089649017 (ส.ค. 2569)",
        )
    return text


EgpProject = Annotated[str, PlainValidator(as_validator(_parse_egp_project)), WithJsonSchema(
    {"type": "string", "pattern": r"^[0-9]{11}$",
     "description": "e-GP project number: 11 digits, YYMM (BE year, month) then 7 digits"})]


class ProcurementRecord(Record):
    """One row of แบบ สขร.1, in the form's column order."""

    no: Text
    """ลำดับที่ — the number as printed."""
    title: Text
    """งานที่จัดซื้อหรือจัดจ้าง."""
    budget: Money
    """วงเงินที่จะซื้อหรือจ้าง (บาท)."""
    reference_price: Money | None = None
    """ราคากลาง (บาท); missing is a warning (``missing-reference-price``)."""
    method: Text
    """วิธีซื้อหรือจ้าง as printed, e.g. เฉพาะเจาะจง, e-bidding."""
    bidders: BidList = Field(default_factory=list)
    """รายชื่อผู้เสนอราคาและราคาที่เสนอ: one or more bids; empty only where the source does not give
    them (the NACC form has no bidders column): shown ไม่ระบุ, warned as ``missing-bidders``."""
    winner: Bid
    """ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง (name and agreed price)."""
    winner_tax_id: TaxId | None = None
    """The winner's juristic tax ID (13 digits starting with 0), if published."""
    reason: Text | None = None
    """เหตุผลที่คัดเลือกโดยสรุป."""
    contract_no: Text | None = None
    """เลขที่ของสัญญาหรือข้อตกลง (contract or purchase-order number)."""
    contract_date: ThaiDate | None = None
    """วันที่ของสัญญาหรือข้อตกลง."""
    budget_source: Text | None = None
    """แหล่งที่มาของงบประมาณ (the NACC procurement list form), e.g. งบประมาณรายจ่ายประจำปี."""
    status: Text | None = None
    """สถานะการจัดซื้อจัดจ้าง (the NACC form), e.g. ลงนามในสัญญาแล้ว, อยู่ระหว่างดำเนินการ."""
    egp_project: EgpProject | None = None
    """เลขที่โครงการในระบบ e-GP: 11 digits, the first four the BE year and month (YYMM)."""

    @field_validator("no", "contract_no", mode="after")
    @classmethod
    def _arabic(cls, value: str | None) -> str | None:
        return to_arabic_digits(value) if value is not None else None


class MonthNotes(Record):
    """What ``plan.yml`` says about one month file (a CSV cannot carry it)."""

    source: Source | None = None
    """Where the month's data comes from (the signed form, its URL)."""
    note: Text | None = None
    """A transcription note about the month file."""
    acknowledged: list[Acknowledgement] = Field(default_factory=list)
    """Warnings about the month file published knowingly (``at`` is e.g. ``rows[3].reference_price``)."""
    attachments: list[Attachment] = Field(default_factory=list)
    """Files published with the month, e.g. the signed แบบ สขร.1 as PDF."""
    no_procurement: bool = False
    """True when the agency published that it had no procurement that month (ไม่มีการจัดซื้อจัดจ้าง);
    the month file then has no records. Only then does an empty month count as published."""


class ProcurementMonth(DataFile):
    """One month file ``content/procurement/<fiscal year>/<MM>.csv``: the records of one month."""

    fiscal_year: FiscalYear
    """Fiscal year (BE), from the folder name."""
    month: Month | None
    """Calendar month (10 = ต.ค.), from the file name; ``None`` when the name is not 01–12."""
    file_name: Text
    """The file's name, e.g. ``10.csv``."""
    rows: list[ProcurementRecord] = Field(default_factory=list)
    """The records, in file order; empty only with ``no_procurement`` (from ``plan.yml``)."""
    no_procurement: bool = False
    """The agency said there was no procurement this month (``plan.yml``: ``months: {11:
    {no_procurement: true}}``)."""

    @model_validator(mode="after")
    def _statement_without_rows(self) -> ProcurementMonth:
        if self.no_procurement and self.rows:
            raise PydanticCustomError("no-procurement-with-rows", "{en}", {
                "en": f"plan.yml says there was no procurement this month, but the file has {len(self.rows)} "
                      "record(s): remove one or the other",
                "th": f"plan.yml ระบุว่าเดือนนี้ไม่มีการจัดซื้อจัดจ้าง แต่ไฟล์มี {len(self.rows)} รายการ "
                      "ให้แก้ไขอย่างใดอย่างหนึ่ง",
                "subpath": ("no_procurement",)})
        return self

    @property
    def published(self) -> bool:
        """Records, or the explicit statement that there were none: the month counts as evidence."""
        return bool(self.rows) or self.no_procurement

    @property
    def calendar_year_be(self) -> int:
        """The BE calendar year of the month: ต.ค.–ธ.ค. fall in the year before the fiscal year."""
        return self.fiscal_year - 1 if (self.month or 0) >= 10 else self.fiscal_year


def _parse_month_year(value: Any) -> dt.date:
    """``ธ.ค. 2567``, ``ธันวาคม 67``, ``12/2567`` → the first day of that month (CE date)."""
    text = re.sub(r"\s+", " ", to_arabic_digits(str(value))).strip() if isinstance(value, str | int) else ""
    text = re.sub(r"พ\.\s?ศ\.\s*", "", text)
    month = year = None
    # [0-9], never \d, which would admit other scripts' digits
    if match := re.fullmatch(r"([0-9]{1,2})\s*/\s*([0-9]{2}|[0-9]{4})", text):
        month, year = int(match[1]), match[2]
    elif match := re.fullmatch(r"([^0-9]+?)\s*([0-9]{2}|[0-9]{4})", text):
        name = match[1].replace(" ", "")
        names = {n.replace(" ", ""): i + 1 for i, n in enumerate(MONTHS_ABBR)}
        names.update({n: i + 1 for i, n in enumerate(MONTHS_FULL)})
        month, year = names.get(name), match[2]
    be = None if year is None else (int(year) + 2500 if len(year) == 2 else int(year))
    if not month or not 1 <= month <= 12 or be is None or not BE_YEAR_MIN <= be <= BE_YEAR_MAX:
        raise ValueParseError(
            "bad-month", f'"{value}" is not a month and Buddhist-era year ({BE_YEAR_MIN}–{BE_YEAR_MAX}) '
            "such as ธ.ค. 2567 or 12/2567",
            f'"{value}" ไม่ใช่เดือนและปีพุทธศักราช ({BE_YEAR_MIN}–{BE_YEAR_MAX}) ตัวอย่างที่ถูกต้อง '
            "ธ.ค. 2567 หรือ 12/2567",
        )
    return dt.date(be - BE_OFFSET, month, 1)


MonthYear = Annotated[dt.date, PlainValidator(as_validator(_parse_month_year)), WithJsonSchema(
    {"type": "string", "description": "month and BE year: ธ.ค. 2567 | ธันวาคม 2567 | 12/2567"})]


class PlannedProcurement(Record):
    """One line of the annual procurement plan as published in e-GP."""

    no: Text | None = None
    """ลำดับ as printed."""
    code: Text | None = None
    """รหัสแผนจัดซื้อจัดจ้าง (the e-GP plan code)."""
    project: Text
    """ชื่อโครงการ."""
    budget: Money
    """งบประมาณโครงการ (บาท)."""
    expected: MonthYear | None = None
    """คาดว่าจะประกาศจัดซื้อจัดจ้าง (เดือน/ปี), e.g. ธ.ค. 2567."""
    method: Text | None = None
    """Planned method, if printed."""
    note: Text | None = None
    """A remark shown under the project's name."""


class AnnouncementKind(StrEnum):
    INVITATION = "invitation"
    WINNER = "winner"
    OTHER = "other"


ANNOUNCEMENT_KIND_TH = {
    AnnouncementKind.INVITATION: "ประกาศเชิญชวน",
    AnnouncementKind.WINNER: "ประกาศผู้ชนะการเสนอราคา",
    AnnouncementKind.OTHER: "ประกาศอื่น ๆ",
}


class Announcement(Record):
    """A procurement announcement (ประกาศเชิญชวน, ประกาศผู้ชนะการเสนอราคา, …)."""

    kind: AnnouncementKind
    """invitation (ประกาศเชิญชวน) | winner (ประกาศผู้ชนะการเสนอราคา) | other."""
    title: Text
    """Title as printed, e.g. ประกาศ อบต.… เรื่อง ประกวดราคาจ้างก่อสร้าง…"""
    date: ThaiDate
    """Date of the announcement."""
    plan_code: Text | None = None
    """The plan line it belongs to (รหัสแผน), if any."""
    links: list[WebLink] = Field(default_factory=list)
    """Where the announcement can be read (e-GP, the signed PDF)."""
    note: Text | None = None
    """A remark shown under the announcement's title."""


class ProcurementPlan(DataFile):
    """``content/procurement/<fiscal year>/plan.yml``: the annual plan, announcements, month notes."""

    fiscal_year: FiscalYear
    """Fiscal year (BE); must match the folder name."""
    title: Text | None = None
    """Title as printed, e.g. แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568."""
    announced: ThaiDate | None = None
    """Date the plan was announced."""
    items: list[PlannedProcurement] = Field(default_factory=list)
    """The plan's lines in document order."""
    no_project_over_threshold: bool = False
    """True when the agency published that no project exceeds the threshold (instead of items)."""
    statement: Text | None = None
    """The published statement's text (required with ``no_project_over_threshold``)."""
    links: list[WebLink] = Field(default_factory=list)
    """Where the plan is published (e-GP, the signed PDF)."""
    announcements: list[Announcement] = Field(default_factory=list)
    """ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง of the fiscal year."""
    months: dict[Month, MonthNotes] = Field(default_factory=dict)
    """Notes about the month files, by calendar month (10 = ต.ค.)."""

    @field_validator("months", mode="before")
    @classmethod
    def _month_keys(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {to_arabic_digits(str(k)).lstrip("0") or "0": v for k, v in value.items()}
        return value

    @model_validator(mode="after")
    def _plan_or_statement(self) -> ProcurementPlan:
        if self.no_project_over_threshold and self.items:
            raise PydanticCustomError("inconsistent", "{en}", {
                "en": "no_project_over_threshold is true but the plan lists items: keep one of them",
                "th": "ระบุ no_project_over_threshold: true แต่มีรายการในแผน (items) ให้เลือกอย่างใดอย่างหนึ่ง"})
        if self.no_project_over_threshold and not self.statement:
            raise PydanticCustomError("inconsistent", "{en}", {
                "en": "no_project_over_threshold needs the published statement's text in 'statement'",
                "th": "เมื่อระบุ no_project_over_threshold: true ต้องใส่ข้อความประกาศที่เผยแพร่ใน statement"})
        return self
