"""What a plan prints around its table: vision, mission, objectives, goals and benefits, the
adoption record (ประกาศ), and the as-of date and author of a progress report."""

from __future__ import annotations

from pydantic import Field

from generator.models.base import Record, Text, ThaiDate


class Adoption(Record):
    """The announcement that adopted the plan (ประกาศ … เรื่อง ประกาศใช้แผน…)."""

    number: Text | None = None
    """The announcement's number as printed, e.g. ``๑๒/๒๕๖๖``."""
    date: ThaiDate | None = None
    """The date, where the document prints a whole one."""
    date_printed: Text | None = None
    """The date as printed, e.g. ``ประกาศ ณ วันที่      มีนาคม พ.ศ. ๒๕๖๖`` with the day left blank."""
    signer: Text | None = None
    """Who signed, as printed (a public office holder)."""
    position: Text | None = None
    """The signer's position, e.g. นายกเทศมนตรีตำบลโพทะเล."""


class ReportInfo(Record):
    """The as-of date and author that a progress report prints under its table."""

    as_of: ThaiDate | None = None
    """ข้อมูล ณ วันที่ …"""
    author: Text | None = None
    """ผู้ออกรายงาน, as printed (an official acting in their role)."""
    position: Text | None = None
    """The author's position, where printed."""


class PlanFrontMatter(Record):
    """Fields a plan file may carry besides its table; all optional, all as printed."""

    vision: Text | None = None
    """วิสัยทัศน์."""
    vision_explanation: Text | None = None
    """คำอธิบายวิสัยทัศน์."""
    mission_statement: Text | None = None
    """พันธกิจ (the plan's mission statement, not the numbered missions of the table)."""
    mission_explanation: Text | None = None
    """คำอธิบายพันธกิจ."""
    objectives: list[Text] = Field(default_factory=list)
    """วัตถุประสงค์การจัดทำแผน."""
    goals: list[Text] = Field(default_factory=list)
    """เป้าหมาย."""
    benefits: list[Text] = Field(default_factory=list)
    """ประโยชน์ของการจัดทำแผน."""
    adoption: Adoption | None = None
    """The announcement that adopted the plan."""
    report: ReportInfo | None = None
    """As-of date and author, where the document is a progress report."""
