"""OIT catalogues: the item list of one assessment year, as data (one YAML file per year).

Item numbers and headings change from year to year and differ between published copies, and the
NACC's manual is not a source we hold. So the list is data that a webmaster can correct or
replace without touching code: each item names the evidence topics it asks for
(``generator.models.topics``), its year rule (``generator.models.year_rules``), its sub-indicator (as
this year's catalogue names them) and the public sources its wording comes from. Cross-references
inside a file (source keys, sub-indicator codes, repeated item codes) are checked in
``generator.load.catalogue_file`` so that all of them are reported with their positions at once.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, PlainValidator, WithJsonSchema, field_validator, model_validator
from pydantic_core import PydanticCustomError

from generator.models.base import FiscalYear, Record, Text, Url, as_validator
from generator.models.topics import TopicKey
from generator.models.year_rules import YearRuleKey
from generator.values.errors import ValueParseError
from generator.values.numbers import to_arabic_digits

_ITEM_CODE = re.compile(r"^O[0-9]+$")  # [0-9]: \d would admit O١
_SUB_INDICATOR = re.compile(r"^[0-9]+\.[0-9]+$")
_NOTES_FILE = re.compile(r"(?i)(\bshared/|[\w.-]+\.md\b)")
"""A repository file (``shared/OIT.md``, ``DESIGN.md``): readers of the site cannot open it."""


def _parse_item_code(value: Any) -> str:
    text = to_arabic_digits(str(value)).strip() if isinstance(value, str | int) else ""
    if not _ITEM_CODE.match(text):
        raise ValueParseError(
            "bad-item-code", f'"{value}" is not an OIT item code such as O1 or O21',
            f'"{value}" ไม่ใช่รหัสข้อ OIT (ตัวอย่าง O1 หรือ O21)',
        )
    return text


def _parse_sub_indicator(value: Any) -> str:
    text = to_arabic_digits(str(value)).strip() if isinstance(value, str | int | float) else ""
    if not _SUB_INDICATOR.match(text):
        raise ValueParseError(
            "bad-sub-indicator", f'"{value}" is not a sub-indicator code such as 9.1 or 10.2',
            f'"{value}" ไม่ใช่รหัสตัวชี้วัดย่อย (ตัวอย่าง 9.1 หรือ 10.2)',
        )
    return text


def _public_text(value: Any) -> Any:
    if isinstance(value, str) and (match := _NOTES_FILE.search(value)):
        raise ValueParseError(
            "private-source",
            f"'{match[0]}' is a file of a repository's notes that readers cannot open: cite the "
            "public page, document or repository itself, with its address",
            f"'{match[0]}' เป็นไฟล์บันทึกภายในที่ผู้อ่านเปิดไม่ได้ ให้อ้างหน้าเว็บ เอกสาร หรือคลังข้อมูลสาธารณะพร้อมที่อยู่",
        )
    return value


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


ItemCode = Annotated[str, PlainValidator(as_validator(_parse_item_code)), WithJsonSchema(
    {"type": "string", "pattern": r"^O[0-9]+$", "description": "OIT item code, e.g. O1"})]
SubIndicatorCode = Annotated[str, PlainValidator(as_validator(_parse_sub_indicator)), WithJsonSchema(
    {"type": "string", "pattern": r"^[0-9]+\.[0-9]+$", "description": "sub-indicator code, e.g. 9.1"})]
PublicText = Annotated[Text, BeforeValidator(as_validator(_public_text))]
SourceKeys = Annotated[list[Text], BeforeValidator(_as_list), Field(min_length=1)]


def _inconsistent(code: str, field: str, en: str, th: str) -> PydanticCustomError:
    """An error about two fields of one item, pointed at ``field``."""
    return PydanticCustomError(code, "{en}", {"en": en, "th": th, "subpath": (field,)})


class Reference(Record):
    """A public source a reader can follow: an agency's page, a document, a repository."""

    title: PublicText
    """What the source is, e.g. หน้า ITA ของสถานีตำรวจภูธรเนินกุ่ม; never a file of this repository's notes."""
    url: Url | None = None
    """Its public address; empty only for a compilation that has no single address."""
    note: PublicText | None = None
    """What this source gives (items, criteria, years)."""


class SubIndicator(Record):
    """A sub-indicator (ตัวชี้วัดย่อย) of this assessment year: its code and its name that year."""

    code: SubIndicatorCode
    """Code, e.g. ``9.1``."""
    name: Text
    """Name as published for this year, e.g. ข้อมูลพื้นฐาน."""


class CatalogueItem(Record):
    """One OIT item (ข้อ) of an assessment year: what it asks for and which year's evidence counts."""

    code: ItemCode
    """Item code as numbered in this year's list, e.g. ``O1``; unique within the catalogue."""
    title: Text
    """Heading of the item (หัวข้อ) in full, as the cited source publishes it for this year."""
    sub_indicator: SubIndicatorCode | None = None
    """Code of one of the catalogue's ``sub_indicators``; empty where no source makes it clear."""
    topics: list[TopicKey] = Field(default_factory=list)
    """Evidence topics the item asks for (keys of ``generator.models.topics``); every one must be
    published. May be empty only for an unconfirmed item."""
    year_rule: YearRuleKey
    """Which period the evidence must cover: ``current`` (the assessed fiscal year), ``previous``
    (the year before, e.g. annual reports), ``first_half`` (every month of ต.ค.–มี.ค. of the
    assessed year, e.g. monthly procurement), ``quarterly`` (ไตรมาส 1 and 2 of the assessed year,
    each complete) or ``none`` (not tied to a year: structure, channels)."""
    source: SourceKeys
    """Keys of the catalogue's ``sources`` that give this item's heading (or say it is unknown)."""
    criterion: PublicText | None = None
    """Criterion wording (เกณฑ์) as a cited source gives it; empty when no source gives one
    (the site then shows ไม่มีข้อมูลเกณฑ์). Never write criteria that no source states."""
    criterion_source: Text | None = None
    """Key of the catalogue's ``sources`` the criterion comes from; required with ``criterion``."""
    unconfirmed: bool = False
    """True when no source confirms this item's heading; the site lists it without a status."""
    note: PublicText | None = None
    """A remark, e.g. how the item relates to the previous year's list (shown on the item's page)."""

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
    confirmation: PublicText
    """How far the list is confirmed (e.g. not from the NACC's manual; which items are unknown),
    shown to assessors on the OIT index."""
    sources: dict[str, Reference] = Field(min_length=1)
    """The public sources of the list, by a short key that items cite in ``source``."""
    sub_indicators: list[SubIndicator] = Field(default_factory=list)
    """This year's sub-indicators (9.x, 10.x) and their names, in order."""
    items: list[CatalogueItem] = Field(min_length=1)
    """The items in their published order."""

    def item(self, code: str) -> CatalogueItem | None:
        return next((item for item in self.items if item.code == code), None)

    def sources_of(self, item: CatalogueItem) -> list[Reference]:
        return [self.sources[key] for key in item.source if key in self.sources]

    def sub_indicator_name(self, code: str | None) -> str | None:
        return next((s.name for s in self.sub_indicators if s.code == code), None)
