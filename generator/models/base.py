"""Building blocks shared by every content model: strict records and Thai-aware value types."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from generator.values.dates import parse_date
from generator.values.errors import ValueParseError
from generator.values.numbers import Amount, parse_amount, parse_count, parse_decimal


class Record(BaseModel):
    """A record from content: unknown keys are errors, values are immutable once checked."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, arbitrary_types_allowed=True, str_strip_whitespace=True,
        use_attribute_docstrings=True,
    )


def as_validator(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Turn a value parser's ``ValueParseError`` into a pydantic error that keeps its stable code."""

    def validate(value: Any) -> Any:
        try:
            return parse(value)
        except ValueParseError as exc:
            raise PydanticCustomError(
                exc.code, "{en}", {"en": exc.message, "th": exc.message_th,
                                   "subpath": getattr(exc, "subpath", ())},
            ) from exc

    return validate


def _parse_text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise ValueParseError("wrong-type", "expected text", "ต้องเป็นข้อความ")
    return str(value).strip()


def _parse_year(value: Any) -> int:
    year = parse_count(value)
    if not 2400 <= year <= 2700:
        raise ValueParseError(
            "bad-year", f"{value} is not a Buddhist-era year (e.g. 2566)",
            f"{value} ไม่ใช่ปีพุทธศักราช (ตัวอย่าง 2566)",
        )
    return year


Money = Annotated[Amount, PlainValidator(as_validator(parse_amount)), WithJsonSchema(
    {"type": ["string", "number"], "description": "baht: 10,000 | ๑๐,๐๐๐ | 10000.50 | - | ไม่ใช้งบประมาณ"})]
Count = Annotated[int, PlainValidator(as_validator(parse_count)), WithJsonSchema(
    {"type": ["integer", "string"], "description": "whole number; Thai digits allowed"})]
Score = Annotated[Decimal, PlainValidator(as_validator(parse_decimal)), WithJsonSchema(
    {"type": ["number", "string"], "description": "decimal number as printed"})]
FiscalYear = Annotated[int, PlainValidator(as_validator(_parse_year)), WithJsonSchema(
    {"type": ["integer", "string"], "description": "Buddhist-era year, e.g. 2566"})]
ThaiDate = Annotated[dt.date, PlainValidator(as_validator(parse_date)), WithJsonSchema(
    {"type": "string", "description": "2022-12-06 | 6 ธ.ค. 2565 | ๖ ธันวาคม ๒๕๖๕"})]
Text = Annotated[str, PlainValidator(as_validator(_parse_text)), WithJsonSchema({"type": "string"})]


class Source(Record):
    """Where a dataset comes from (provenance), shown on its page as ที่มา."""

    document: Text
    """Title of the source document as printed."""
    lines: Text | None = None
    """Line range in the transcribed text, e.g. ``1-97``."""
    pages: Text | None = None
    """Page range in the printed document."""
    url: Text | None = None
    """Where the original can be found."""
    note: Text | None = None


class Acknowledgement(Record):
    """A warning the agency publishes knowingly, e.g. a wrong total printed in the source."""

    code: Text
    """The warning's code, e.g. ``total-mismatch``."""
    at: Text
    """The field path the warning names, e.g. ``stated.budget.2566``."""
    reason: Text
    """Why it is published as it is; shown on the page."""


class DataFile(Record):
    """Fields every content file may carry."""

    source: Source | None = None
    """Provenance of the data."""
    example: bool = False
    """True when the data is invented for demonstration (shown as ข้อมูลสาธิต)."""
    acknowledged: list[Acknowledgement] = Field(default_factory=list)
    """Warnings acknowledged for this file."""
    note: Text | None = None
    """A transcription note about the whole file (e.g. an OCR slip corrected)."""
