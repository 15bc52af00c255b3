"""Anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต): dimensions → missions → items."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import Field, PlainValidator, WithJsonSchema, field_validator, model_validator

from generator.models.base import (
    Count,
    DataFile,
    FiscalYear,
    Money,
    Record,
    Text,
    as_validator,
)
from generator.models.plan_front import PlanFrontMatter
from generator.models.plan_sheets import BudgetSpec, DetailSheet
from generator.values.errors import ValueParseError
from generator.values.numbers import to_arabic_digits

_MISSION = re.compile(r"^[1-4](?:\.[0-9]+){1,2}$")  # [0-9]: \d would admit 1.١


class ItemType(StrEnum):
    MEASURE = "มาตรการ"
    PROJECT = "โครงการ"
    ACTIVITY = "กิจกรรม"


def _parse_mission(value: Any) -> str:
    text = to_arabic_digits(str(value)).strip()
    if not _MISSION.match(text):
        raise ValueParseError(
            "bad-mission", f'"{value}" is not a mission number such as 1.1 or 2.3.1',
            f'"{value}" ไม่ใช่เลขภารกิจ (ตัวอย่าง 1.1 หรือ 2.3.1)',
        )
    return text


MissionNumber = Annotated[str, PlainValidator(as_validator(_parse_mission)), WithJsonSchema(
    {"type": "string", "pattern": r"^[1-4](\.[0-9]+){1,2}$"})]
# Count, not int: pydantic's int also reads "1_0" as 10 and "10.0" as 10
Quarter = Annotated[Count, Field(ge=1, le=4)]
Month = Annotated[Count, Field(ge=1, le=12)]


def _one_or_list(schema: dict[str, Any]) -> None:
    """In the published schema, ``details`` is one sheet (a mapping) or a list of sheets."""
    items = schema.pop("items")
    schema.pop("type", None)
    schema["anyOf"] = [items, {"type": "array", "items": items}]


class PlanItem(Record):
    """One measure, project or activity of the plan."""

    no: Text | None = None
    """Number as printed in the document."""
    title: Text
    """Name of the measure, project or activity as printed."""
    type: ItemType | None = None
    """มาตรการ | โครงการ | กิจกรรม."""
    dimension: Count | None = Field(default=None, ge=1, le=4)
    """มิติ 1–4; implied by ``mission`` when that is given."""
    mission: MissionNumber | None = None
    """Mission or sub-mission number, e.g. 1.1 or 1.1.2."""
    target: Text | None = None
    """เป้าหมาย."""
    unit: Text | None = None
    """หน่วยนับ."""
    quantity: Count | None = None
    """ปริมาณงาน."""
    budget: BudgetSpec | None = None
    """One amount for a one-year plan, or {fiscal year: amount}."""
    indicator: Text | None = None
    """ตัวชี้วัด."""
    outcome: Text | None = None
    """ผลลัพธ์ / ผลที่คาดว่าจะได้รับ."""
    responsible: Text | None = None
    """หน่วยงานรับผิดชอบ."""
    remark: Text | None = None
    """หมายเหตุ column as printed, e.g. ไม่ใช้งบประมาณ or งบประมาณของหน่วยงานอื่น (budget source)."""
    quarters: list[Quarter] = Field(default_factory=list)
    """Schedule as fiscal quarters (1 = ต.ค.–ธ.ค.)."""
    months: list[Month] = Field(default_factory=list)
    """Schedule as calendar months (10 = ต.ค.)."""
    details: list[DetailSheet] = Field(default_factory=list, json_schema_extra=_one_or_list)
    """The item's detail sheets (one mapping, or a list when the document has several)."""
    note: Text | None = None
    """Transcription note, e.g. an OCR slip corrected (shown beside the item)."""

    @field_validator("details", mode="before")
    @classmethod
    def _one_or_more(cls, value: Any) -> Any:
        return [value] if isinstance(value, dict) else value

    @field_validator("quarters", "months", mode="before")
    @classmethod
    def _digits(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [to_arabic_digits(v) if isinstance(v, str) else v for v in value]
        return value

    @model_validator(mode="after")
    def _consistent(self) -> PlanItem:
        if self.quarters and self.months:
            raise ValueError("give the schedule as quarters or as months, not both")
        if self.mission and self.dimension and int(self.mission[0]) != self.dimension:
            raise ValueError(f"mission {self.mission} does not belong to dimension {self.dimension}")
        return self

    @property
    def dimension_number(self) -> int | None:
        if self.dimension is not None:
            return self.dimension
        return int(self.mission[0]) if self.mission else None


class StatedDimension(Record):
    """Figures printed for one dimension."""

    items: Count | None = None
    """Number of items printed for the dimension."""
    budget: dict[FiscalYear, Money] = Field(default_factory=dict)
    """Budget printed for the dimension, per fiscal year."""


class StatedMission(Record):
    """Figures printed for one mission in the summary table."""

    title: Text | None = None
    """The mission's title as printed in the summary table."""
    items: Count | None = None
    """Number of items printed for the mission."""
    budget: dict[FiscalYear, Money] = Field(default_factory=dict)
    """Budget printed for the mission, per fiscal year."""


class StatedTotals(Record):
    """Totals and counts as printed in the document; recomputed and compared, never trusted."""

    items: Count | None = None
    """Number of items printed."""
    budget: dict[FiscalYear, Money] = Field(default_factory=dict)
    """Printed budget total per fiscal year."""
    quarter_counts: dict[Annotated[int, Field(ge=1, le=4)], Count] = Field(default_factory=dict)
    """Printed number of items scheduled in each quarter."""
    dimensions: dict[Annotated[int, Field(ge=1, le=4)], StatedDimension] = Field(default_factory=dict)
    """Printed figures per dimension."""
    missions: dict[MissionNumber, StatedMission] = Field(default_factory=dict)
    """Printed figures per mission (summary count table)."""


class ActionPlan(PlanFrontMatter, DataFile):
    """แผนปฏิบัติการป้องกันการทุจริต — one plan file."""

    title: Text
    """Title of the plan as printed."""
    framework: Literal["2561", "2566"]
    """NACC framework version: "2561" (old four dimensions) or "2566" (new four dimensions)."""
    fiscal_years: list[FiscalYear] = Field(min_length=1)
    """Fiscal years the plan covers."""
    missions: dict[MissionNumber, Text] = Field(default_factory=dict)
    """Titles of missions / sub-missions, by number."""
    items: list[PlanItem] = Field(default_factory=list)
    """Measures, projects and activities in document order."""
    stated: StatedTotals = Field(default_factory=StatedTotals)
    """Totals as printed in the document (compared with the recomputed ones)."""
    unmatched_sheets: list[DetailSheet] = Field(default_factory=list)
    """Detail sheets printed in the document that match no item of the plan table."""

    @field_validator("framework", mode="before")
    @classmethod
    def _framework_text(cls, value: Any) -> Any:
        return to_arabic_digits(str(value)) if value is not None else value
