"""Building blocks shared by every content model: strict records and Thai-aware value types."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from generator.values.dates import BE_OFFSET, BE_YEAR_MAX, BE_YEAR_MIN, CE_YEAR_MAX, CE_YEAR_MIN, parse_date
from generator.values.errors import ValueParseError
from generator.values.numbers import Amount, digit_hint, parse_amount, parse_count, parse_decimal
from generator.values.paths import parse_content_path
from generator.values.tax_id import parse_juristic_tax_id
from generator.values.urls import parse_url


class Record(BaseModel):
    """A record from content: unknown keys are errors, values are immutable once checked."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, arbitrary_types_allowed=True, str_strip_whitespace=True,
        use_attribute_docstrings=True,
    )

    def __reduce__(self) -> tuple[Callable[..., Record], tuple[type[Record], dict[str, Any], frozenset[str]]]:
        """Pickled as its class, values and set fields (the load cache holds some 60,000 records):
        pydantic's own ``__getstate__``/``__setstate__`` cost twice the time, and every restored
        record had its own copy of the same few sets of field names."""
        return _restored, (type(self), self.__dict__, frozenset(self.__pydantic_fields_set__))


_FIELD_SETS: dict[frozenset[str], set[str]] = {}
"""One set of field names for all restored records that set the same fields: a record is frozen,
and pydantic copies the set before changing it (``model_copy``)."""


def _restored(cls: type[Record], values: dict[str, Any], fields_set: frozenset[str]) -> Record:
    """A record as pickled (``Record.__reduce__``): no private attributes, no extra fields."""
    record = cls.__new__(cls)
    setattr_ = object.__setattr__
    setattr_(record, "__dict__", values)
    setattr_(record, "__pydantic_fields_set__", _FIELD_SETS.setdefault(fields_set, set(fields_set)))
    setattr_(record, "__pydantic_extra__", None)
    setattr_(record, "__pydantic_private__", None)
    return record


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

    validate.parser = parse  # type: ignore[attr-defined]  # lets checks tell fields apart by type
    return validate


_CONTROL_CHARACTERS = {code: None for code in [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]}
_CONTROL = re.compile("[" + "".join(map(chr, _CONTROL_CHARACTERS)) + "]")


def _parse_text(value: Any) -> str:
    """Text as written, without the invisible control characters that PDF copy-paste leaves (they
    are not allowed in the XML feed, and mean nothing on a page). Text without them (nearly all)
    is kept as the very string read, shared with the parsed file rather than copied."""
    if type(value) is str and _CONTROL.search(value) is None:
        return value.strip()
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise ValueParseError("wrong-type", "expected text", "ต้องเป็นข้อความ")
    return str(value).translate(_CONTROL_CHARACTERS).strip()


def _parse_year(value: Any) -> int:
    """A Buddhist-era year in the plausible range shared with dates (BE 2400–2700)."""
    try:
        year: int | None = parse_count(value)
    except ValueParseError:
        year = None
    if year is None or not BE_YEAR_MIN <= year <= BE_YEAR_MAX:
        hint_en, hint_th = digit_hint(value)
        if year is not None and CE_YEAR_MIN <= year <= CE_YEAR_MAX:
            hint_en = f"; {year} looks like a Christian-era year: write {year + BE_OFFSET}"
            hint_th = f" ปี {year} ดูเหมือนปีคริสต์ศักราช ให้เขียน {year + BE_OFFSET}"
        raise ValueParseError(
            "bad-year", f"{value} is not a Buddhist-era year between {BE_YEAR_MIN} and {BE_YEAR_MAX} "
            f"(e.g. 2566){hint_en}",
            f"{value} ไม่ใช่ปีพุทธศักราชระหว่าง {BE_YEAR_MIN}–{BE_YEAR_MAX} (ตัวอย่าง 2566){hint_th}",
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
ContentPath = Annotated[str, PlainValidator(as_validator(parse_content_path)), WithJsonSchema(
    {"type": "string", "description": "file path relative to content/, e.g. organisation/photos/mayor.svg"})]


@dataclass(frozen=True)
class PublishedFile:
    """Marks a field whose value is a file under content/ that the site publishes, and the file
    types it may be (by content): ``checks.content_files`` finds every such field by this mark."""

    types: tuple[str, ...]


IMAGE_TYPES = ("png", "jpeg", "svg")
PDF_TYPES = ("pdf",)
ImagePath = Annotated[ContentPath, PublishedFile(IMAGE_TYPES)]
"""A PNG, JPEG or SVG file under content/ (a portrait, the organisation chart)."""
PdfPath = Annotated[ContentPath, PublishedFile(PDF_TYPES)]
"""A PDF file under content/ (the signed development plan)."""
TaxId = Annotated[str, PlainValidator(as_validator(parse_juristic_tax_id)), WithJsonSchema(
    {"type": "string", "pattern": r"^0\d{12}$",
     "description": "juristic person's 13-digit tax ID (starts with 0); never a person's ID"})]
"""A supplier's tax ID: the only kind of field where a 13-digit number starting with 0 may appear
(``generator/checks/personal_data.py``); a person's ID here is refused as ``personal-id``."""
Url = Annotated[str, PlainValidator(as_validator(parse_url)), WithJsonSchema(
    {"type": "string", "pattern": "^(https?://|mailto:|tel:)",
     "description": "https://… | mailto:… | tel:…"})]


class Source(Record):
    """Where a dataset comes from (provenance), shown on its page as ที่มา."""

    document: Text
    """Title of the source document as printed."""
    lines: Text | None = None
    """Line range in the transcribed text, e.g. ``1-97``."""
    pages: Text | None = None
    """Page range in the printed document."""
    url: Url | None = None
    """Where the original can be found (https://, http://, mailto: or tel:)."""
    note: Text | None = None
    """A remark about the source, e.g. which copy was transcribed."""


class Acknowledgement(Record):
    """A warning the agency publishes knowingly, e.g. a wrong total printed in the source."""

    code: Text
    """The warning's code, e.g. ``total-mismatch``."""
    at: Text
    """The field path the warning names, e.g. ``stated.budget.2566``."""
    reason: Text
    """Why it is published as it is; shown on the page."""


class Attachment(Record):
    """A document file published with the data (เอกสารแนบ): shown for download with its size and
    SHA-256, after checks that it stays inside content/ and really is what its name says."""

    title: Text
    """Link text, e.g. ประกาศฉบับลงนาม."""
    path: ContentPath
    """File relative to content/, e.g. documents/files/no-gift-2568.pdf: .pdf, .docx, .xlsx, .png,
    .jpg, .csv or .txt."""
    description: Text | None = None
    """A sentence on what the file holds, shown under the link."""


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
    attachments: list[Attachment] = Field(default_factory=list)
    """Document files published with the data (the signed original, annexes), for download."""
