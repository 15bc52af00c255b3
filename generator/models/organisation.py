"""The agency itself and the site settings: ``site_config.yml``."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from pydantic import Field, PlainValidator, WithJsonSchema, model_validator

from generator.models.base import FiscalYear, Record, Text, as_validator
from generator.models.document import inconsistent
from generator.models.open_data import OpenDataSettings
from generator.models.references import Email, Phone
from generator.values.licences import LICENCES, Licence, parse_licence_id
from generator.values.site_url import parse_site_url

LicenceId = Annotated[str, PlainValidator(as_validator(parse_licence_id)),
                      WithJsonSchema({"type": "string", "enum": list(LICENCES)})]
SiteUrl = Annotated[str, PlainValidator(as_validator(parse_site_url)), WithJsonSchema(
    {"type": "string", "pattern": "^https?://", "description": "the site's public address, e.g. https://www.example.go.th/"})]
"""Printed raw by the theme (canonical links, the 404 page's base): parsed and rebuilt, not checked
by pattern (``generator/values/site_url.py``)."""


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
    ministry: Text | None = None
    """กระทรวง the agency belongs to (a column of the NACC procurement list form), e.g. กระทรวงมหาดไทย."""
    agency_type: Text | None = None
    """ประเภทหน่วยงาน as the NACC procurement list form asks it, e.g. องค์กรปกครองส่วนท้องถิ่น."""
    address: Text | None = None
    """Office address (ที่อยู่สำนักงาน)."""
    phone: Phone | None = None
    """Office telephone number (not a person's)."""
    email: Email | None = None
    """Office e-mail address, e.g. saraban@…go.th."""

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


class SiteSettings(Record):
    """How the site is published."""

    url: SiteUrl | None = None
    """Public base URL, e.g. https://www.example.go.th/ (http or https, a valid host name, a plain
    path; Thai domain names are written in their xn-- form when published). A sub-path is fine:
    GitHub project pages are https://<owner>.github.io/<repository>/; links, the feed, the sitemap
    and the assessors' CSV all use it."""
    cname: bool = False
    """True when the site is served on GitHub Pages under the agency's own domain (the host of
    ``url``, which must then be at its root, e.g. https://oit.example.go.th/): the build writes the
    ``CNAME`` file GitHub Pages reads."""
    demo: bool = False
    """True for demonstration data: every page shows the ข้อมูลสาธิต banner."""
    current_fiscal_year: FiscalYear
    """The fiscal year shown first."""
    max_attachment_mb: int = Field(default=20, ge=1, le=500)
    """Largest attachment accepted, in MB."""
    data_licence_id: LicenceId | None = None
    """Licence of the open data, by id: cc-by, cc-by-sa, cc-nc, cc-by-nd, odc-by or dga-ogl
    (``generator/values/licences.py``); the catalogue files and /data/ name it from the id."""
    data_licence: Text | None = None
    """The licence's name as the site shows it, when it should differ from the id's Thai/English
    title; without ``data_licence_id`` the catalogues cannot name it (warning ``licence-not-identified``)."""

    @property
    def licence(self) -> Licence | None:
        return LICENCES.get(self.data_licence_id or "")

    @property
    def licence_title(self) -> str | None:
        """What the footer and /data/ show: the agency's own wording, else the id's title."""
        return self.data_licence or (self.licence.title if self.licence else None)
    ocid_prefix: Text | None = None
    """OCDS ocid prefix of the procurement open data (default ``ocds-oitgen-`` + a slug of the site's
    host name); an agency registered with the Open Contracting Partnership gives its own here."""

    @model_validator(mode="after")
    def _cname_needs_a_domain(self) -> SiteSettings:
        if self.cname and (self.url is None or urlsplit(self.url).path != "/"):
            raise inconsistent(
                "cname: true needs url: the agency's own domain at its root, e.g. https://oit.example.go.th/",
                "cname: true ต้องระบุ url เป็นโดเมนของหน่วยงานเอง (ไม่มี path) เช่น https://oit.example.go.th/")
        return self

    @property
    def cname_host(self) -> str | None:
        """The domain the ``CNAME`` file names, when ``cname`` is set."""
        return urlsplit(self.url).hostname if self.cname and self.url else None


class OitYear(Record):
    """An assessment year whose OIT index the site publishes."""

    year: FiscalYear
    """Assessment year (BE), e.g. 2568: "current year" items show fiscal year 2568 data."""
    catalogue: Text
    """Built-in catalogue name (ita-2567, ita-2568) or the agency's own file (catalogues/ita-2569.yml)."""


class SiteConfig(Record):
    """``site_config.yml``."""

    organisation: Organisation
    """The agency."""
    site: SiteSettings
    """How the site is published."""
    oit: list[OitYear] = Field(default_factory=list)
    """Assessment years to publish an OIT index for, newest first."""
    open_data: OpenDataSettings = Field(default_factory=OpenDataSettings)
    """The national catalogue's metadata of the datasets: defaults and per-dataset overrides."""
