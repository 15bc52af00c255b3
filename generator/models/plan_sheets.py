"""Project detail sheets (แบบฟอร์มโครงการ / รายละเอียดโครงการ) as printed, with their budget lines.

Sheets are copied by hand from templates, so their title, type and budget drift from the plan
table: each is kept as printed and compared with its item by ``generator/checks/detail_sheets.py``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field, PlainValidator, WithJsonSchema

from generator.models.base import Count, Money, Record, Score, Text, _parse_year, as_validator
from generator.values.errors import ValueParseError
from generator.values.numbers import Amount, parse_amount


def _parse_budget(value: Any) -> Amount | dict[int, Amount]:
    """One amount, or amounts per fiscal year; a bad entry names its year in the error."""
    if not isinstance(value, dict):
        return parse_amount(value)
    result: dict[int, Amount] = {}
    for key, amount in value.items():
        try:
            result[_parse_year(key)] = parse_amount(amount)
        except ValueParseError as exc:
            exc.subpath = (key,)  # type: ignore[attr-defined]
            raise
    return result


BudgetSpec = Annotated[Amount | dict[int, Amount], PlainValidator(as_validator(_parse_budget)),
                       WithJsonSchema({"anyOf": [
                           {"type": ["string", "number"]},
                           {"type": "object", "additionalProperties": {"type": ["string", "number"]}},
                       ], "description": "one amount, or {fiscal year: amount}"})]


class BudgetLine(Record):
    """One line of a sheet's budget: ``ค่าอาหารว่าง 50 คน x 2 มื้อ x 25 บาท เป็นเงิน 2,500 บาท``."""

    description: Text
    """What the money is for, as printed."""
    quantities: list[Score] = Field(default_factory=list)
    """The factors printed before the unit price (50 คน, 2 มื้อ → [50, 2])."""
    unit_price: Money | None = None
    """Price per unit as printed."""
    amount: Money | None = None
    """The line's amount as printed (checked against quantities × unit price)."""

    def product(self) -> Decimal | None:
        """Quantities × unit price, or None when the line does not print both."""
        if self.unit_price is None or self.unit_price.value is None or not self.quantities:
            return None
        result = self.unit_price.value
        for factor in self.quantities:
            result *= factor
        return result.quantize(Decimal("0.01"))


class DetailSheet(Record):
    """One detail sheet of an item, in the usual nine-field template, as printed."""

    title: Text | None = None
    """๑. ชื่อโครงการ as printed on the sheet, where it differs from the plan table."""
    type: Text | None = None
    """มาตรการ | โครงการ | กิจกรรม as the sheet prints it."""
    rationale: Text | None = None
    """หลักการและเหตุผล."""
    objectives: list[Text] = Field(default_factory=list)
    """วัตถุประสงค์."""
    target_group: Text | None = None
    """เป้าหมาย / กลุ่มเป้าหมาย."""
    target_count: Count | None = None
    """Number of people (or units) in the target group, where printed."""
    method: list[Text] = Field(default_factory=list)
    """วิธีดำเนินการ."""
    period: Text | None = None
    """ระยะเวลาดำเนินการ, as printed."""
    budget: BudgetSpec | None = None
    """งบประมาณ as money: one amount, ไม่ใช้งบประมาณ, or {fiscal year: amount}."""
    budget_text: Text | None = None
    """งบประมาณ, as printed, where it is not an amount (e.g. a unit's name)."""
    lines: list[BudgetLine] = Field(default_factory=list)
    """Budget lines (รายละเอียดค่าใช้จ่าย)."""
    total: Money | None = None
    """The sheet's stated total (รวมเป็นเงิน), compared with the lines."""
    responsible: Text | None = None
    """ผู้รับผิดชอบ."""
    outputs: Text | None = None
    """ผลลัพธ์ / ตัวชี้วัด / ผลที่คาดว่าจะได้รับ."""
    source_lines: Text | None = None
    """Where the sheet is in the transcribed text, e.g. ``304-358``."""
