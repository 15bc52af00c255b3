"""No Gift Policy (นโยบายไม่รับของขวัญ): the announcement and reports under it."""

from __future__ import annotations

from pydantic import Field

from generator.models.base import Count, DataFile, FiscalYear, Record, Text, ThaiDate


class Signer(Record):
    """Who signed the announcement."""

    name: Text
    """Name with title, e.g. นายรุ่งโรจน์ ขจรพงศ์กิริติ."""
    position: Text
    """Position, e.g. นายกองค์การบริหารส่วนตำบลผาสิงห์."""


class NoGiftReport(Record):
    """A report under the policy (รายงานผลตามนโยบาย No Gift Policy)."""

    title: Text
    """Title of the report."""
    date: ThaiDate | None = None
    """Date of the report."""
    period: Text | None = None
    """Period covered, as text (e.g. ต.ค. 2565 – มี.ค. 2566)."""
    gifts_received: Count | None = None
    """Number of cases of gifts received and reported."""
    summary: Text | None = None
    """What the report says, in a few sentences."""
    note: Text | None = None
    """Transcription note."""


class NoGiftPolicy(DataFile):
    """ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) for one fiscal year."""

    fiscal_year: FiscalYear
    """Fiscal year (BE) the policy is announced for."""
    title: Text
    """Title of the announcement as printed."""
    text: Text
    """Full announcement text; paragraphs separated by a blank line."""
    announced: ThaiDate
    """Date of the announcement."""
    signer: Signer
    """Who signed it."""
    reports: list[NoGiftReport] = Field(default_factory=list)
    """Reports under the policy (O33 / O22)."""
