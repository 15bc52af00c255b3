"""No Gift Policy (นโยบายไม่รับของขวัญ): the announcement and reports under it."""

from __future__ import annotations

from pydantic import Field

from generator.models.base import Count, DataFile, FiscalYear, Record, Text, ThaiDate


class Signer(Record):
    name: Text
    position: Text


class NoGiftReport(Record):
    """A report under the policy (รายงานผลตามนโยบาย No Gift Policy)."""

    title: Text
    date: ThaiDate | None = None
    period: Text | None = None
    """Period covered, as text (e.g. ต.ค. 2565 – มี.ค. 2566)."""
    gifts_received: Count | None = None
    """Number of cases of gifts received and reported."""
    summary: Text | None = None
    note: Text | None = None


class NoGiftPolicy(DataFile):
    """ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) for one fiscal year."""

    fiscal_year: FiscalYear
    title: Text
    text: Text
    """Full announcement text; paragraphs separated by a blank line."""
    announced: ThaiDate
    """Date of the announcement."""
    signer: Signer
    reports: list[NoGiftReport] = Field(default_factory=list)
