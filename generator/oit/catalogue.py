"""OIT catalogues: the item list of one assessment year, as data (one YAML file per year).

Item numbers and headings change from year to year and differ between published copies, and the
NACC's manual is not a source we hold (shared/OIT.md). So the list is data that a webmaster can
correct or replace without touching code: each item names the evidence topics it asks for
(``generator.oit.topics``), which fiscal year that evidence must be for, and — only where a
source gives it — the criterion wording and where that wording comes from.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, PlainValidator, WithJsonSchema, field_validator, model_validator
from pydantic_core import PydanticCustomError

from generator.diagnostics import Diagnostic, error, format_path, sort_key
from generator.load.validation import validate
from generator.load.yaml_source import SourceFile, read_yaml_file
from generator.models.base import FiscalYear, Record, Text, as_validator
from generator.oit.topics import TOPICS
from generator.values.errors import ValueParseError
from generator.values.numbers import to_arabic_digits

CATALOGUE_DIR = Path(__file__).resolve().parent / "catalogues"
"""Where the built-in catalogues ship (package data)."""

_ITEM_CODE = re.compile(r"^O[0-9]+$")  # [0-9]: \d would admit O١

SubIndicator = Literal["9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"]
YearRule = Literal["current", "previous", "none"]


def _parse_item_code(value: Any) -> str:
    text = to_arabic_digits(str(value)).strip() if isinstance(value, str | int) else ""
    if not _ITEM_CODE.match(text):
        raise ValueParseError(
            "bad-item-code", f'"{value}" is not an OIT item code such as O1 or O21',
            f'"{value}" ไม่ใช่รหัสข้อ OIT (ตัวอย่าง O1 หรือ O21)',
        )
    return text


def _parse_topic(value: Any) -> str:
    key = value.strip() if isinstance(value, str) else value
    if key in TOPICS:
        return key
    hint = difflib.get_close_matches(str(key), TOPICS, n=1, cutoff=0.6)
    en = f"unknown evidence topic '{key}'" + (f"; did you mean '{hint[0]}'?" if hint else "")
    th = f"ไม่รู้จักหัวข้อหลักฐาน '{key}'" + (f" หมายถึง '{hint[0]}' หรือไม่" if hint else "")
    raise ValueParseError("unknown-topic", en, th)


ItemCode = Annotated[str, PlainValidator(as_validator(_parse_item_code)), WithJsonSchema(
    {"type": "string", "pattern": r"^O[0-9]+$", "description": "OIT item code, e.g. O1"})]
TopicKey = Annotated[str, PlainValidator(as_validator(_parse_topic)), WithJsonSchema(
    {"type": "string", "enum": sorted(TOPICS), "description": "key of an evidence topic"})]


def _inconsistent(code: str, field: str, en: str, th: str) -> PydanticCustomError:
    """An error about two fields of one item, pointed at ``field``."""
    return PydanticCustomError(code, "{en}", {"en": en, "th": th, "subpath": (field,)})


class CatalogueItem(Record):
    """One OIT item (ข้อ) of an assessment year: what it asks for and which year's evidence counts."""

    code: ItemCode
    """Item code as numbered in this year's list, e.g. ``O1``; unique within the catalogue."""
    title: Text
    """Heading of the item (หัวข้อ) as published for this assessment year."""
    sub_indicator: SubIndicator | None = None
    """ตัวชี้วัดย่อย: 9.1 ข้อมูลพื้นฐาน · 9.2 การบริหารงาน · 9.3 การบริหารเงินงบประมาณ ·
    9.4 การบริหารและพัฒนาทรัพยากรบุคคล · 9.5 การส่งเสริมความโปร่งใส · 10.1 การดำเนินการเพื่อป้องกัน
    การทุจริต · 10.2 มาตรการภายในเพื่อป้องกันการทุจริต; empty where the source does not make it clear."""
    topics: list[TopicKey] = Field(default_factory=list)
    """Evidence topics the item asks for (keys of ``generator.oit.topics``); every one must be
    published. May be empty only for an unconfirmed item."""
    year_rule: YearRule
    """Which fiscal year the evidence must be for: ``current`` = the assessment year itself,
    ``previous`` = the year before (annual reports), ``none`` = not tied to a year (structure, laws)."""
    monthly: bool = False
    """True for monthly data (e.g. สขร.1 summaries): it must cover at least the first six months of
    the fiscal year (ต.ค.–มี.ค.). Only with ``year_rule: current``."""
    criterion: Text | None = None
    """Criterion wording (เกณฑ์) exactly as a cited source gives it; empty when no source gives one
    (the site then shows ไม่มีข้อมูลเกณฑ์). Never write criteria that no source states."""
    criterion_source: Text | None = None
    """Where the criterion wording comes from; required whenever ``criterion`` is given."""
    unconfirmed: bool = False
    """True when no source confirms this item's heading; the site lists it without a status."""
    note: Text | None = None
    """A remark for webmasters, e.g. how the item relates to the previous year's list."""

    @field_validator("sub_indicator", mode="before")
    @classmethod
    def _sub_indicator_digits(cls, value: Any) -> Any:
        return to_arabic_digits(value).strip() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _consistent(self) -> CatalogueItem:
        if self.criterion and not self.criterion_source:
            raise _inconsistent(
                "criterion-without-source", "criterion",
                "a criterion needs criterion_source saying where the wording comes from",
                "เกณฑ์ต้องระบุแหล่งที่มา (criterion_source) ว่าถ้อยคำมาจากที่ใด",
            )
        if self.criterion_source and not self.criterion:
            raise _inconsistent(
                "source-without-criterion", "criterion_source",
                "criterion_source is given but there is no criterion",
                "ระบุแหล่งที่มาของเกณฑ์ (criterion_source) แต่ไม่มีเกณฑ์ (criterion)",
            )
        if self.monthly and self.year_rule != "current":
            raise _inconsistent(
                "monthly-needs-current-year", "monthly",
                "monthly data is checked for the assessed fiscal year: use year_rule: current",
                "ข้อมูลรายเดือนตรวจเฉพาะปีงบประมาณที่ประเมิน ต้องใช้ year_rule: current",
            )
        if not self.topics and not self.unconfirmed:
            raise _inconsistent(
                "item-without-topics", "topics",
                "a confirmed item needs at least one evidence topic",
                "ข้อที่ยืนยันแล้วต้องระบุหัวข้อหลักฐาน (topics) อย่างน้อยหนึ่งหัวข้อ",
            )
        return self


class Catalogue(Record):
    """The OIT item list of one assessment year (รายการข้อมูล OIT ประจำปีที่ประเมิน)."""

    assessment_year: FiscalYear
    """The ITA assessment year (พ.ศ.); "current" items ask for this fiscal year's evidence."""
    title: Text
    """Title shown on the OIT index page."""
    source: Text
    """Where the item list comes from and how far it can be trusted."""
    items: list[CatalogueItem] = Field(min_length=1)
    """The items in their published order."""

    def item(self, code: str) -> CatalogueItem | None:
        return next((item for item in self.items if item.code == code), None)


def duplicate_codes(source: SourceFile) -> list[Diagnostic]:
    """Every repeat of an item code, positioned at the repeat and naming the first occurrence.

    Works on the parsed file, not the validated model, so it is reported together with any
    validation error of the same file.
    """
    items = source.data.get("items") if isinstance(source.data, dict) else None
    first_index: dict[str, int] = {}
    found = []
    for index, item in enumerate(items if isinstance(items, list) else []):
        raw = item.get("code") if isinstance(item, dict) else None
        if not isinstance(raw, str):
            continue
        code = to_arabic_digits(raw).strip()
        if code not in first_index:
            first_index[code] = index
            continue
        path = ("items", index, "code")
        first = source.position_of(("items", first_index[code], "code"))
        found.append(error(
            "duplicate-item-code", source.position_of(path), format_path(path),
            f"item code {code} already appears on line {first.line}",
            f"รหัสข้อ {code} ซ้ำกับข้อในบรรทัดที่ {first.line}",
        ))
    return found


def load_catalogue(path: Path, relpath: str | None = None) -> tuple[Catalogue | None, list[Diagnostic]]:
    """Read, validate and check one catalogue file; ``None`` when it has any error."""
    source, problems = read_yaml_file(path, relpath or path.as_posix())
    if source is None or problems:
        return None, problems
    catalogue, problems = validate(source, Catalogue)
    problems = sorted([*problems, *duplicate_codes(source)], key=sort_key)
    return (None if problems else catalogue), problems


def builtin_catalogues() -> dict[str, Path]:
    """The catalogues shipped with oitgen, by name (file stem), e.g. ``ita-2568``."""
    return {path.stem: path for path in sorted(CATALOGUE_DIR.glob("*.yml"))}
