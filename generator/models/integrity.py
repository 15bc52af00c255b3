"""Integrity measures (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน) and their progress.

Each measure answers one ITA indicator whose score the agency wants to raise; the same file records
what was done (``result``) and, when the document says so, the measure's status.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from generator.models.base import DataFile, FiscalYear, Record, Score, Text
from generator.models.ita import ItaTool


class MeasureStatus(StrEnum):
    """สถานะการดำเนินการ."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANNOT_DO = "cannot_do"

    @property
    def label_th(self) -> str:
        return _STATUS_TH[self]


_STATUS_TH = {
    MeasureStatus.NOT_STARTED: "ยังไม่ดำเนินการ",
    MeasureStatus.IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
    MeasureStatus.DONE: "ดำเนินการแล้ว",
    MeasureStatus.CANNOT_DO: "ไม่สามารถดำเนินการได้",
}


class IntegrityMeasure(Record):
    """One measure: the indicator it answers, what is planned and what was done."""

    tool: ItaTool | None = None
    """Which tool's indicator the measure answers (IIT | EIT | OIT)."""
    indicator: Text
    """Indicator title as printed."""
    score: Score | None = None
    """The indicator's score, as printed."""
    issue: Text | None = None
    """ประเด็นที่ต้องเร่งแก้ไข / ที่ต้องพัฒนา."""
    measure: Text
    """มาตรการ."""
    steps: Text | None = None
    """ขั้นตอนหรือวิธีการปฏิบัติ; one step a line."""
    period: Text | None = None
    """ระยะเวลาดำเนินการ, as printed."""
    responsible: Text | None = None
    """หน่วยงานรับผิดชอบ."""
    monitoring: Text | None = None
    """การติดตาม."""
    result: Text | None = None
    """สรุปผลการดำเนินการ, as printed."""
    obstacles: Text | None = None
    """อุปสรรคการดำเนินการ, as printed."""
    outcome: Text | None = None
    """ผลลัพธ์หรือความสำเร็จของการดำเนินการ (the outcome column), as printed."""
    status: MeasureStatus | None = None
    """not_started | in_progress | done | cannot_do; absent when the document does not say."""
    status_source: Text | None = None
    """Where the status is stated when not in the table itself, e.g. a covering memo (บันทึกข้อความ
    ที่ … ลงวันที่ …); shown beside the status."""
    note: Text | None = None
    """Transcription note, e.g. an OCR slip corrected (shown beside the record)."""


class IntegrityMeasures(DataFile):
    """มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน for one fiscal year."""

    fiscal_year: FiscalYear
    based_on_assessment: FiscalYear | None = None
    """The ITA assessment year whose result the measures answer."""
    title: Text
    """Title as printed."""
    measures: list[IntegrityMeasure] = Field(default_factory=list)
    """The measures, in document order."""
