"""The agency's profile (ข้อมูลพื้นฐาน): ``content/organisation/profile.yml``.

Structure, powers and duties, development plan, laws, the Q&A channel, social links and the
privacy notice: the basic information every OIT assessment asks for first. Contact details
(address, phone, e-mail) stay in ``site_config.yml``; the site shows them with the Q&A channel.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.models.base import DataFile, FiscalYear, ImagePath, PdfPath, Record, Text, ThaiDate
from generator.models.links import Url, WebLink
from generator.models.references import Email, Phone


def missing_alt(path_field: str, alt_field: str) -> PydanticCustomError:
    """An image without its text alternative: screen-reader users would get nothing (WCAG 1.1.1)."""
    return PydanticCustomError("missing-alt", "{en}", {
        "en": f"'{path_field}' is given without '{alt_field}': describe the image for people who "
              "cannot see it",
        "th": f"มี '{path_field}' แต่ไม่มี '{alt_field}' กรุณาใส่คำบรรยายภาพสำหรับผู้ที่มองไม่เห็นภาพ",
        "subpath": (path_field,),
    })


class Unit(Record):
    """A division of the agency (ส่วนราชการ/กอง/สำนัก), optionally with its own sub-units."""

    name: Text
    """Name, e.g. กองคลัง."""
    head: Text | None = None
    """Position heading it, e.g. ผู้อำนวยการกองคลัง (a position, not a person)."""
    duties: Text | None = None
    """What it does, in a sentence or two."""
    units: list[Unit] = Field(default_factory=list)
    """Sub-units (งาน/ฝ่าย)."""


class Structure(Record):
    """โครงสร้างหน่วยงาน: text, the list of units and optionally the organisation chart as an image."""

    text: Text | None = None
    """An introduction to the structure, paragraphs separated by a blank line."""
    units: list[Unit] = Field(default_factory=list)
    """The divisions, in the order of the organisation chart."""
    chart: ImagePath | None = None
    """The organisation chart as a PNG, JPEG or SVG file, relative to content/."""
    chart_alt: Text | None = None
    """Text alternative for the chart (required with ``chart``): describe what it shows."""

    @model_validator(mode="after")
    def _chart_has_alt(self) -> Structure:
        if self.chart and not self.chart_alt:
            raise missing_alt("chart", "chart_alt")
        return self


class Powers(Record):
    """อำนาจหน้าที่: the agency's powers and duties described in plain words, not the whole law."""

    text: Text
    """The description, paragraphs separated by a blank line; one duty per line keeps line breaks."""
    legal_basis: Text | None = None
    """The laws and sections the powers come from,
    e.g. พ.ร.บ.สภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66–68."""


class DevelopmentPlan(Record):
    """แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน (for a local government: แผนพัฒนาท้องถิ่น)."""

    title: Text
    """Title as printed, e.g. แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)."""
    period: Text
    """Years covered as printed, e.g. พ.ศ. 2566–2570."""
    fiscal_years: list[FiscalYear] = Field(default_factory=list)
    """The fiscal years the plan is in force, e.g. [2566, 2567, 2568, 2569, 2570]: the OIT index
    counts the plan as evidence for each of them."""
    summary: Text
    """Vision, strategies and main targets in a few paragraphs."""
    adopted: ThaiDate | None = None
    """Date the plan was announced or last amended."""
    document: PdfPath | None = None
    """The full plan as a PDF file, relative to content/."""
    url: Url | None = None
    """Where the full plan is published elsewhere (e.g. the e-plan system)."""


class QaChannel(Record):
    """ช่องทางถาม-ตอบ (Q&A): a two-way channel where people ask and the agency answers."""

    description: Text
    """How it works: who answers, how fast, whether answers are published."""
    url: Url | None = None
    """The web board, form or chat, if online."""
    email: Email | None = None
    """Office e-mail address that receives questions."""
    phone: Phone | None = None
    """Office phone number for questions."""

    @model_validator(mode="before")
    @classmethod
    def _has_a_channel(cls, data: Any) -> Any:
        if isinstance(data, dict) and not any(data.get(key) for key in ("url", "email", "phone")):
            raise PydanticCustomError("no-channel", "{en}", {
                "en": "give at least one of url, email or phone for the Q&A channel",
                "th": "ช่องทางถาม-ตอบต้องระบุอย่างน้อยหนึ่งอย่าง: url, email หรือ phone",
            })
        return data


class SocialLink(Record):
    """An official social-network account (Facebook page, LINE official account, YouTube …)."""

    platform: Text
    """Facebook, LINE, YouTube, …"""
    url: Url
    name: Text | None = None
    """The account's name as shown on the platform."""


class OrganisationProfile(DataFile):
    """``content/organisation/profile.yml``: every part optional; missing parts show as not yet published."""

    updated: ThaiDate | None = None
    """Date the information was last reviewed (ข้อมูล ณ วันที่), shown as last updated."""
    structure: Structure | None = None
    """โครงสร้างหน่วยงาน: introduction, divisions and the organisation chart."""
    powers: Powers | None = None
    """อำนาจหน้าที่, described in plain words."""
    development_plan: DevelopmentPlan | None = None
    """แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน in force."""
    laws: list[WebLink] = Field(default_factory=list)
    """กฎหมายที่เกี่ยวข้อง: each law or by-law with a link to its official text."""
    qa: QaChannel | None = None
    """ช่องทางถาม-ตอบ (Q&A): where people ask and the agency answers."""
    social: list[SocialLink] = Field(default_factory=list)
    """Official social-network accounts (Facebook, LINE, YouTube …)."""
    privacy_policy: Text | None = None
    """The site's privacy notice (นโยบายคุ้มครองข้อมูลส่วนบุคคล), paragraphs separated by a blank line."""
