"""ITA results (ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ) as printed.

Scores stay ``Decimal`` exactly as printed (``88.59``, ``100.00``): the total's weighting is not
published with the scores, so nothing is recomputed here; the total and level are shown as printed.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from generator.models.base import DataFile, FiscalYear, Record, Score, Text


class ItaTool(StrEnum):
    """The three ITA instruments (แบบวัด)."""

    IIT = "IIT"
    EIT = "EIT"
    OIT = "OIT"

    @property
    def title_th(self) -> str:
        return _TOOL_TH[self]


_TOOL_TH = {
    ItaTool.IIT: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
    ItaTool.EIT: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
    ItaTool.OIT: "แบบวัดการเปิดเผยข้อมูลสาธารณะ",
}


class ItaIndicator(Record):
    """One indicator (ตัวชี้วัด) and its score."""

    no: Text | None = None
    """Number as printed (documents number indicators their own way)."""
    title: Text
    """Indicator title as printed, e.g. การปฏิบัติหน้าที่."""
    score: Score
    """Score in percent, exactly as printed, e.g. ``89.73``."""
    note: Text | None = None
    """Transcription note, e.g. an OCR slip corrected (shown beside the record)."""


class ItaToolResult(Record):
    """The indicators of one tool."""

    code: ItaTool
    """IIT | EIT | OIT."""
    title: Text | None = None
    """The tool's title as printed; the standard title when absent."""
    indicators: list[ItaIndicator] = Field(default_factory=list)
    """The tool's indicators, in document order."""
    note: Text | None = None
    """Transcription note, e.g. an OCR slip corrected (shown beside the record)."""


class ItaResult(DataFile):
    """ผลการประเมิน ITA for one assessment year."""

    assessment_year: FiscalYear
    """The ITA assessment year (Buddhist era)."""
    stated_total_score: Score | None = None
    """Overall score, as printed."""
    level: Text | None = None
    """Overall level (e.g. B), as printed."""
    tools: list[ItaToolResult] = Field(default_factory=list)
    """The tools (IIT, EIT, OIT) with their indicator scores, in document order."""
