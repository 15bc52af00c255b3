"""Corruption-risk assessment (การประเมินความเสี่ยงการทุจริต): scope, scoring, register, mitigations.

The NACC method rates each risk with a traffic-light colour and scores a worked example as
necessity of monitoring × severity of impact; documents print that product, so it is recorded as
``stated_score`` and recomputed by the checks, never trusted.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from generator.models.base import Count, DataFile, FiscalYear, Record, Text

Rating = Annotated[Count, Field(ge=1, le=3)]


class RiskLevel(StrEnum):
    """Traffic-light level (สถานะความเสี่ยงตามสีไฟจราจร)."""

    GREEN = "green"
    YELLOW = "yellow"
    ORANGE = "orange"
    RED = "red"

    @property
    def colour_th(self) -> str:
        """The colour as Thai documents name it: pages show it as text, never by colour alone."""
        return _COLOUR_TH[self]

    @property
    def meaning_th(self) -> str:
        """What the colour means in the NACC method (e.g. seed 001 lines 188–194)."""
        return _MEANING_TH[self]


_COLOUR_TH = {RiskLevel.GREEN: "เขียว", RiskLevel.YELLOW: "เหลือง", RiskLevel.ORANGE: "ส้ม",
              RiskLevel.RED: "แดง"}
_MEANING_TH = {RiskLevel.GREEN: "ความเสี่ยงระดับต่ำ", RiskLevel.YELLOW: "ความเสี่ยงระดับปานกลาง",
               RiskLevel.ORANGE: "ความเสี่ยงระดับสูง", RiskLevel.RED: "ความเสี่ยงระดับสูงมาก"}


class RiskFactor(StrEnum):
    """Whether the risk has happened before (Know Factor) or not yet (Unknown Factor)."""

    KNOWN = "known"
    UNKNOWN = "unknown"

    @property
    def label_th(self) -> str:
        return "Know Factor (เคยเกิดขึ้นแล้ว)" if self is RiskFactor.KNOWN \
            else "Unknown Factor (ยังไม่เคยเกิดขึ้น)"


class ControlQuality(StrEnum):
    """คุณภาพการจัดการ: how well the risk is controlled today."""

    GOOD = "ดี"
    FAIR = "พอใช้"
    WEAK = "อ่อน"


class ControlRating(StrEnum):
    """ค่าประเมินการควบคุมความเสี่ยงการทุจริต."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def label_th(self) -> str:
        return _RATING_TH[self]


_RATING_TH = {ControlRating.LOW: "ค่าความเสี่ยงระดับต่ำ", ControlRating.MEDIUM: "ค่าความเสี่ยงระดับปานกลาง",
              ControlRating.HIGH: "ค่าความเสี่ยงระดับสูง"}


class WorkedExample(Record):
    """The process the document scores step by step through its tables (ตารางที่ ๑–๕)."""

    process: Text
    """ชื่อกระบวนการ/งาน."""
    risk: Text
    """โอกาส/ความเสี่ยงการทุจริต, as printed in the scoring table."""
    factor: RiskFactor | None = None
    """known | unknown; absent when the document marks neither."""
    level: RiskLevel | None = None
    """green | yellow | orange | red; absent when the document marks none."""
    necessity: Rating
    """ระดับความจำเป็นของการเฝ้าระวัง, 1–3."""
    severity: Rating
    """ระดับความรุนแรงของผลกระทบ, 1–3."""
    stated_score: Count | None = None
    """ค่าความเสี่ยงรวม as printed; recomputed as necessity × severity."""
    control_quality: ControlQuality | None = None
    """ดี | พอใช้ | อ่อน."""
    control_rating: ControlRating | None = None
    """low | medium | high."""
    mitigation: Text | None = None
    """มาตรการดำเนินการป้องกันการทุจริต of the risk-management plan."""
    note: Text | None = None
    """Transcription note, e.g. an OCR slip corrected (shown beside the record)."""

    @property
    def score(self) -> int:
        """The recomputed ค่าความเสี่ยงรวม."""
        return self.necessity * self.severity


class RegisterEntry(Record):
    """One row of the risk register (ทะเบียนความเสี่ยง)."""

    no: Text | None = None
    """Number as printed."""
    risk: Text
    """โอกาส/ความเสี่ยงการทุจริตและประพฤติมิชอบ."""
    level: RiskLevel
    """green | yellow | orange | red."""
    note: Text | None = None
    """Transcription note, e.g. an OCR slip corrected (shown beside the record)."""


class Mitigation(Record):
    """One row of the measures table (มาตรการป้องกันเพื่อไม่ให้เกิดการทุจริต)."""

    no: Text | None = None
    """Number as printed."""
    event: Text
    """เหตุการณ์ความเสี่ยงที่อาจเกิดขึ้น."""
    factor: Text | None = None
    """ปัจจัยเสี่ยง."""
    measures: Text
    """มาตรการควบคุมความเสี่ยง; one measure a line."""
    responsible: Text | None = None
    """ผู้รับผิดชอบ, when the document has the column."""
    note: Text | None = None
    """Transcription note, e.g. an OCR slip corrected (shown beside the record)."""


class RiskAssessment(DataFile):
    """การประเมินความเสี่ยงการทุจริต — one assessment file."""

    fiscal_year: FiscalYear
    """First fiscal year the assessment covers."""
    title: Text
    """Title of the assessment as printed."""
    scope: list[Text] = Field(default_factory=list)
    """The risk areas (ขอบเขต), as printed."""
    worked_example: WorkedExample | None = None
    """The process the document scores step by step, where it has one."""
    risk_register: list[RegisterEntry] = Field(default_factory=list, alias="register")
    """ทะเบียนความเสี่ยง, in document order (``register:`` in the file; pydantic's base class owns
    the attribute name ``register``)."""
    mitigations: list[Mitigation] = Field(default_factory=list)
    """The measures table, in document order."""
