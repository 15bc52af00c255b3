"""OIT coverage: for each catalogue item, is its evidence published on this site, and where?

An item names evidence topics and a fiscal-year rule. A page declares the topics it publishes,
its fiscal year and, for monthly data, the months it covers. The item is *published* when every
topic has a page for the required fiscal year (and monthly data covers at least October–March),
*incomplete* when only part of that holds, *missing* when nothing does. Unconfirmed items get
no status: the site must not claim compliance with an item nobody has confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from generator.oit.topics import TOPICS
from generator.values.fiscal import FISCAL_MONTH_ORDER, month_label

if TYPE_CHECKING:
    from generator.oit.catalogue import CatalogueItem
    from generator.render.pages import Page

FIRST_HALF = frozenset(FISCAL_MONTH_ORDER[:6])  # ต.ค.–มี.ค.: the minimum for "current year" monthly data


class Status(StrEnum):
    PUBLISHED = "published"
    INCOMPLETE = "incomplete"
    MISSING = "missing"
    UNCONFIRMED = "unconfirmed"


STATUS_TH = {
    Status.PUBLISHED: "เผยแพร่แล้ว",
    Status.INCOMPLETE: "ยังไม่ครบถ้วน",
    Status.MISSING: "ยังไม่มีข้อมูล",
    Status.UNCONFIRMED: "ไม่ได้ยืนยันหัวข้อ",
}


@dataclass(frozen=True)
class ItemCoverage:
    item: CatalogueItem
    status: Status
    fiscal_year: int | None
    """The fiscal year whose evidence the item asks for (None: not tied to a year)."""
    evidence: tuple[Page, ...]
    reasons: tuple[str, ...]
    """Why the item is not (fully) published, in Thai, one line per gap."""


def required_fiscal_year(year_rule: str, assessment_year: int) -> int | None:
    return {"current": assessment_year, "previous": assessment_year - 1}.get(year_rule)


def _matches(page: Page, topic: str, fiscal_year: int | None) -> bool:
    if topic not in page.topics:
        return False
    return fiscal_year is None or fiscal_year == page.fiscal_year or fiscal_year in page.covers_years


def item_coverage(item: CatalogueItem, assessment_year: int, pages: list[Page]) -> ItemCoverage:
    fiscal_year = required_fiscal_year(item.year_rule, assessment_year)
    if item.unconfirmed:
        return ItemCoverage(item, Status.UNCONFIRMED, fiscal_year, (), ())
    evidence: list[Page] = []
    reasons: list[str] = []
    for topic in item.topics:
        found = [p for p in pages if _matches(p, topic, fiscal_year)]
        label = TOPICS[topic].label
        if not found:
            year = f" ปีงบประมาณ {fiscal_year}" if fiscal_year else ""
            reasons.append(f"ยังไม่มี{label}{year}")
            continue
        evidence.extend(p for p in found if p not in evidence)
        if item.monthly:
            missing_months = FIRST_HALF - frozenset().union(*(p.months for p in found))
            if missing_months:
                names = ", ".join(month_label(m) for m in FISCAL_MONTH_ORDER if m in missing_months)
                reasons.append(f"{label}: ยังไม่มีข้อมูลรายเดือนของ {names}")
    if not item.topics:
        reasons.append("หัวข้อนี้ยังไม่ได้กำหนดว่าข้อมูลใดเป็นหลักฐาน")
    if not reasons:
        status = Status.PUBLISHED
    elif evidence:
        status = Status.INCOMPLETE
    else:
        status = Status.MISSING
    return ItemCoverage(item, status, fiscal_year, tuple(evidence), tuple(reasons))

