"""Generic disclosure documents (เอกสารเผยแพร่): one file per plan, report, manual or policy.

Most OIT items ask for a document with a short summary: the spending plan, a six-month report, a
work manual, the HR policy. Rather than a model per item, one model names its OIT topic (a key of
``generator.models.topics.TOPICS``); the page lands in that topic's section and counts as evidence.
"""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.models.base import DataFile, FiscalYear, Money, Record, Score, Text, ThaiDate
from generator.models.links import WebLink
from generator.models.topics import TopicKey


def inconsistent(en: str, th: str) -> PydanticCustomError:
    """A record-level error with its Thai message (the loader keeps both)."""
    return PydanticCustomError("inconsistent", "{en}", {"en": en, "th": th})


class KeyFigure(Record):
    """A headline figure of a document: an amount of baht, or a number with its unit."""

    label: Text
    """What the figure is, e.g. งบประมาณที่ได้รับ, ร้อยละการเบิกจ่าย."""
    amount: Money | None = None
    """An amount of baht (give this or ``value``)."""
    value: Score | None = None
    """Any other number, e.g. 87.5 (give this or ``amount``)."""
    unit: Text | None = None
    """Unit of ``value``, e.g. ร้อยละ, คน, โครงการ (money is always บาท)."""
    note: Text | None = None
    """Optional remark shown beside the figure."""

    @model_validator(mode="after")
    def _one_number(self) -> KeyFigure:
        if (self.amount is None) == (self.value is None):
            raise inconsistent("give either 'amount' (baht) or 'value' with 'unit', not both or neither",
                               "ระบุ amount (จำนวนเงินบาท) หรือ value พร้อม unit อย่างใดอย่างหนึ่ง")
        if self.value is not None and not self.unit:
            raise inconsistent("'value' needs a 'unit' (e.g. ร้อยละ, คน)", "value ต้องระบุ unit (เช่น ร้อยละ คน)")
        if self.amount is not None and self.unit:
            raise inconsistent("'amount' is always in baht: remove 'unit'",
                               "amount เป็นจำนวนเงินบาทเสมอ ไม่ต้องระบุ unit")
        return self


class DisclosureDocument(DataFile):
    """One disclosed document (``content/documents/<name>.yml``): its topic, summary and links."""

    topic: TopicKey
    """The OIT topic the document is evidence for, e.g. spending_plan, hr_policy, work_manual."""
    fiscal_year: FiscalYear | None = None
    """Fiscal year (BE) the document is about; leave out for documents not tied to a year."""
    title: Text
    """Title as printed on the document."""
    date: ThaiDate | None = None
    """Date of the document (signed, announced or published); shown as last updated."""
    period: Text | None = None
    """Period a report covers, as text, e.g. ต.ค. 2567 – มี.ค. 2568."""
    summary: Text
    """Plain-text summary; paragraphs separated by a blank line."""
    key_figures: list[KeyFigure] = Field(default_factory=list)
    """Headline figures shown in a table, e.g. งบประมาณที่ได้รับ and เบิกจ่าย."""
    links: list[WebLink] = Field(default_factory=list)
    """Where to read the full document or use the service online."""
