"""The agency itself and the site settings: ``site_config.yml``."""

from __future__ import annotations

from pydantic import Field

from generator.models.base import FiscalYear, Record, Text


class Organisation(Record):
    """The agency (หน่วยงาน) whose disclosure the site publishes."""

    name: Text
    """Full official name, e.g. องค์การบริหารส่วนตำบลผาสิงห์."""
    short_name: Text | None = None
    """Short name, e.g. อบต.ผาสิงห์."""
    type: Text
    """อบต. | เทศบาลตำบล | เทศบาลเมือง | เทศบาลนคร | อบจ. | …"""
    district: Text
    """อำเภอ."""
    province: Text
    """จังหวัด."""
    address: Text | None = None
    phone: Text | None = None
    email: Text | None = None

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


class SiteSettings(Record):
    """How the site is published."""

    url: Text | None = None
    """Public base URL, e.g. https://www.example.go.th/."""
    demo: bool = False
    """True for demonstration data: every page shows the ข้อมูลสาธิต banner."""
    current_fiscal_year: FiscalYear
    """The fiscal year shown first."""
    max_attachment_mb: int = Field(default=20, ge=1, le=500)
    """Largest attachment accepted, in MB."""


class SiteConfig(Record):
    """``site_config.yml``."""

    organisation: Organisation
    site: SiteSettings
