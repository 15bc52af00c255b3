"""Complaints about corruption and misconduct (เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ).

Published as aggregates only (PDPA; DESIGN §5): these records have no field that could hold a
complainant's name, contact or ID, and unknown keys are errors, so none can be added by mistake.
A year without complaints is stated explicitly (``none_received: true``), because OIT asks the
agency to publish that it received none rather than leave the page empty.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from generator.models.base import DataFile, FiscalYear, Record, Text, ThaiDate
from generator.models.document import inconsistent
from generator.models.links import Url
from generator.models.references import Email, Phone
from generator.models.statistics import Tally


class ComplaintStated(Record):
    """Figures as printed in the source report; recomputed and compared."""

    by_type_total: Tally | None = None
    """Printed total of the by-type table."""


class ComplaintStatistics(DataFile):
    """ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ for one fiscal year (aggregates only)."""

    fiscal_year: FiscalYear
    """Fiscal year (BE); must match the file name."""
    title: Text | None = None
    """Title as printed; by default สถิติเรื่องร้องเรียน… ปีงบประมาณ <year>."""
    none_received: bool = False
    """True states that no complaint was received in the year (all counts must then be 0)."""
    received: Tally = 0
    """Complaints received (เรื่องที่ได้รับ)."""
    completed: Tally = 0
    """Complaints dealt with (ดำเนินการแล้วเสร็จ)."""
    in_progress: Tally = 0
    """Complaints still being dealt with (อยู่ระหว่างดำเนินการ)."""
    by_type: dict[Text, Tally] = Field(default_factory=dict)
    """Complaints received per type, e.g. {การจัดซื้อจัดจ้าง: 2}."""
    as_of: ThaiDate | None = None
    """Date the figures were taken (ข้อมูล ณ วันที่)."""
    period: Text | None = None
    """Period covered, as text, when not the whole fiscal year."""
    summary: Text | None = None
    """Plain-text remarks (how complaints were handled); never about a person."""
    stated: ComplaintStated = Field(default_factory=ComplaintStated)
    """Totals as printed (optional)."""

    @model_validator(mode="after")
    def _explicit(self) -> ComplaintStatistics:
        counts = [self.received, self.completed, self.in_progress, *self.by_type.values()]
        if self.none_received and any(counts):
            raise inconsistent("none_received is true but some counts are not 0",
                               "ระบุ none_received: true (ไม่มีเรื่องร้องเรียน) แต่มีจำนวนที่ไม่เป็น 0")
        if not self.none_received and self.received == 0:
            raise inconsistent("received is 0: write none_received: true to state that no complaint was "
                               "received", "จำนวนเรื่องที่ได้รับเป็น 0 ให้ระบุ none_received: true "
                               "เพื่อยืนยันว่าไม่มีเรื่องร้องเรียน")
        return self


class ComplaintChannel(Record):
    """One way to file a complaint (ช่องทางแจ้งเรื่องร้องเรียน): at least one way to reach it."""

    name: Text
    """Name of the channel, e.g. ศูนย์ดำรงธรรม, ตู้รับเรื่องร้องเรียน."""
    detail: Text | None = None
    """How to use it (hours, what to include)."""
    url: Url | None = None
    """Web form or page (https://…)."""
    phone: Phone | None = None
    """Phone number; shown as a tel: link."""
    email: Email | None = None
    """E-mail address; shown as a mailto: link."""
    address: Text | None = None
    """Postal or walk-in address."""

    @model_validator(mode="after")
    def _reachable(self) -> ComplaintChannel:
        if not any((self.url, self.phone, self.email, self.address)):
            raise inconsistent("give at least one of url, phone, email or address",
                               "ระบุ url phone email หรือ address อย่างน้อยหนึ่งอย่าง")
        return self


class ComplaintChannels(DataFile):
    """ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (``content/complaints/channels.yml``)."""

    title: Text | None = None
    """Page title; by default ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ."""
    fiscal_year: FiscalYear | None = None
    """Fiscal year the list was announced for, when the OIT item asks for a current-year page."""
    date: ThaiDate | None = None
    """When the list was last checked or announced; shown as last updated."""
    intro: Text | None = None
    """Plain-text introduction (e.g. the guarantee that complainants are protected)."""
    channels: list[ComplaintChannel] = Field(min_length=1)
    """The channels, in the order to show them."""
