"""Service statistics (ข้อมูลเชิงสถิติการให้บริการ) and satisfaction surveys (ผลสำรวจความพึงพอใจ).

``content/statistics/<fiscal year>/services.yml`` counts services per calendar month and service
type; ``satisfaction.yml`` beside it holds the year's survey result. Totals are never written by
hand into the page: a printed total may be recorded (``stated_total``, ``stated``) and is compared
with the recomputed one by ``generator.checks.service_totals``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field, PlainValidator, WithJsonSchema, model_validator

from generator.models.base import DataFile, FiscalYear, Record, Score, Text, ThaiDate, as_validator
from generator.models.document import inconsistent
from generator.models.links import WebLink
from generator.values.errors import ValueParseError
from generator.values.numbers import parse_count, parse_decimal


def parse_tally(value: Any) -> int:
    """A count of things (services, complaints, respondents): a whole number, never negative."""
    number = parse_count(value)
    if number < 0:
        raise ValueParseError("bad-number", f"{value} is negative: a count cannot be",
                              f"{value} ติดลบ จำนวนนับต้องไม่ติดลบ")
    return number


def parse_month(value: Any) -> int:
    """A calendar month number, 1 (มกราคม) to 12 (ธันวาคม); 10 is ตุลาคม, the fiscal year's first."""
    number = parse_count(value)
    if not 1 <= number <= 12:
        raise ValueParseError("bad-month", f"{value} is not a month number (1–12; 10 = October)",
                              f"{value} ไม่ใช่เลขเดือน (1–12 โดย 10 = ตุลาคม)")
    return number


def parse_percentage(value: Any) -> Decimal:
    number = parse_decimal(value)
    if not 0 <= number <= 100:
        raise ValueParseError("bad-number", f"{value} is not a percentage (0–100)",
                              f"{value} ไม่ใช่ร้อยละ (0–100)")
    return number


Tally = Annotated[int, PlainValidator(as_validator(parse_tally)), WithJsonSchema(
    {"type": ["integer", "string"], "minimum": 0, "description": "count; Thai digits allowed"})]
MonthNumber = Annotated[int, PlainValidator(as_validator(parse_month)), WithJsonSchema(
    {"type": ["integer", "string"], "description": "calendar month 1–12 (10 = ต.ค.)"})]
Percentage = Annotated[Decimal, PlainValidator(as_validator(parse_percentage)), WithJsonSchema(
    {"type": ["number", "string"], "minimum": 0, "maximum": 100, "description": "ร้อยละ 0–100"})]


class ServiceType(Record):
    """One service type (ประเภทการให้บริการ) and how many times it was given each month."""

    type: Text
    """Name of the service, e.g. ขออนุญาตก่อสร้างอาคาร."""
    counts: dict[MonthNumber, Tally] = Field(min_length=1)
    """Count per calendar month, e.g. {10: 3, 11: 5}; a month written as 0 counts as reported."""
    stated_total: Tally | None = None
    """The yearly total as printed for this type (recomputed and compared)."""
    note: Text | None = None
    """Optional remark shown beside the type."""


class ServiceStated(Record):
    """Totals as printed in the source report; recomputed and compared, never trusted."""

    months: dict[MonthNumber, Tally] = Field(default_factory=dict)
    """Printed total of all types per calendar month."""
    total: Tally | None = None
    """Printed grand total of the year."""


class ServiceStatistics(DataFile):
    """ข้อมูลเชิงสถิติการให้บริการ for one fiscal year."""

    fiscal_year: FiscalYear
    """Fiscal year (BE); must match the folder name."""
    title: Text | None = None
    """Heading as printed; by default สถิติการให้บริการ ปีงบประมาณ <year>."""
    unit: Text = "ครั้ง"
    """What is counted, e.g. ครั้ง, ราย, เรื่อง."""
    services: list[ServiceType] = Field(min_length=1)
    """Service types in the order the report lists them."""
    as_of: ThaiDate | None = None
    """Date the figures were taken (ข้อมูล ณ วันที่); shown as last updated."""
    stated: ServiceStated = Field(default_factory=ServiceStated)
    """Totals as printed (optional)."""
    links: list[WebLink] = Field(default_factory=list)
    """Links to the full report or the agency's service pages."""


class SurveyAspect(Record):
    """One aspect of the satisfaction survey (ด้าน), e.g. ด้านกระบวนการขั้นตอนการให้บริการ."""

    aspect: Text
    """Name of the aspect as printed."""
    score: Score | None = None
    """Mean score as printed, e.g. 4.52 (out of ``scale``)."""
    percentage: Percentage | None = None
    """Satisfaction as a percentage, e.g. 90.40."""

    @model_validator(mode="after")
    def _some_result(self) -> SurveyAspect:
        if self.score is None and self.percentage is None:
            raise inconsistent("give the aspect's 'score' or 'percentage'",
                               "ระบุ score หรือ percentage ของด้านนี้")
        return self


class SatisfactionSurvey(DataFile):
    """รายงานผลการสำรวจความพึงพอใจการให้บริการ for one fiscal year."""

    fiscal_year: FiscalYear
    """Fiscal year (BE); must match the folder name."""
    title: Text | None = None
    """Title as printed; by default ผลการสำรวจความพึงพอใจการให้บริการ ปีงบประมาณ <year>."""
    respondents: Tally
    """Number of people who answered (ผู้ตอบแบบสอบถาม)."""
    scale: Score | None = None
    """Full score of the rating scale, e.g. 5."""
    score: Score | None = None
    """Overall mean score (out of ``scale``)."""
    percentage: Percentage | None = None
    """Overall satisfaction as a percentage."""
    aspects: list[SurveyAspect] = Field(default_factory=list)
    """Result per aspect, in the order printed."""
    method: Text
    """How the survey was made (questionnaire, sample, who ran it)."""
    period: Text
    """When it was made, as text, e.g. ต.ค. 2567 – ส.ค. 2568."""
    date: ThaiDate | None = None
    """Date of the report."""
    summary: Text | None = None
    """Plain-text summary of findings and improvements."""
    links: list[WebLink] = Field(default_factory=list)
    """Links to the full report."""

    @model_validator(mode="after")
    def _consistent(self) -> SatisfactionSurvey:
        if self.score is None and self.percentage is None:
            raise inconsistent("give the overall 'score' or 'percentage'", "ระบุผลรวม score หรือ percentage")
        scores = [self.score] + [a.score for a in self.aspects]
        if any(s is not None for s in scores) and self.scale is None:
            raise inconsistent("scores need 'scale' (the full score, e.g. 5)",
                               "เมื่อระบุ score ต้องระบุ scale (คะแนนเต็ม เช่น 5)")
        if self.scale is not None and any(s is not None and s > self.scale for s in scores):
            raise inconsistent(f"a score is above the full score {self.scale}",
                               f"มีคะแนนเกินคะแนนเต็ม {self.scale}")
        return self
