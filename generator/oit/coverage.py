"""OIT coverage: for each catalogue item, is its evidence published on this site, and where?

An item names evidence topics and a year rule (``generator.models.year_rules``). A page declares the
topics it publishes, its fiscal year and, for monthly data, the months it covers (a month with no
procurement counts only when the agency said so, ไม่มีการจัดซื้อจัดจ้าง). The item is *published*
when every topic has a page for the fiscal year its rule asks for, with every month or quarter the
rule asks for; *incomplete* when only part of that holds; *missing* when nothing does. Unconfirmed
items get no status: the site must not claim compliance with an item nobody has confirmed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from generator.models.catalogue import Catalogue, CatalogueItem
from generator.models.topics import TOPICS
from generator.models.year_rules import QUARTERS_DUE, YEAR_RULES, YearRule, required_fiscal_year
from generator.oit.evidence import Evidence
from generator.values.fiscal import month_label


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
    evidence: tuple[Evidence, ...]
    reasons: tuple[str, ...]
    """Why the item is not (fully) published, in Thai, one line per gap."""

    @property
    def rule(self) -> YearRule:
        return YEAR_RULES[self.item.year_rule]


def _matches(page: Evidence, topic: str, fiscal_year: int | None) -> bool:
    if topic not in page.topics:
        return False
    return fiscal_year is None or fiscal_year == page.fiscal_year or fiscal_year in page.covers_years


def _names(months: list[int]) -> str:
    return ", ".join(month_label(m) for m in months)


def period_gaps(rule: YearRule, label: str, months: frozenset[int]) -> list[str]:
    """What the published ``months`` lack under ``rule``: per month, or per quarter."""
    if not rule.months:
        return []
    if not rule.by_quarter:
        missing = [m for m in rule.months if m not in months]
        return [f"{label}: ยังไม่มีข้อมูลรายเดือนของ {_names(missing)}"] if missing else []
    gaps = []
    for quarter, quarter_months in QUARTERS_DUE:
        missing = [m for m in quarter_months if m not in months]
        if missing:
            gaps.append(f"{label}: ไตรมาสที่ {quarter} ยังไม่ครบ (ขาด {_names(missing)})")
    return gaps


def item_coverage(item: CatalogueItem, assessment_year: int, pages: Sequence[Evidence]) -> ItemCoverage:
    rule = YEAR_RULES[item.year_rule]
    fiscal_year = required_fiscal_year(item.year_rule, assessment_year)
    if item.unconfirmed:
        return ItemCoverage(item, Status.UNCONFIRMED, fiscal_year, (), ())
    evidence: list[Evidence] = []
    reasons: list[str] = []
    for topic in item.topics:
        found = [p for p in pages if _matches(p, topic, fiscal_year)]
        label = TOPICS[topic].label
        if not found:
            year = f" ปีงบประมาณ {fiscal_year}" if fiscal_year else ""
            reasons.append(f"ยังไม่มี{label}{year}")
            continue
        evidence.extend(p for p in found if p not in evidence)
        reasons += period_gaps(rule, label, frozenset().union(*(p.months for p in found)))
    if not item.topics:
        reasons.append("หัวข้อนี้ยังไม่ได้กำหนดว่าข้อมูลใดเป็นหลักฐาน")
    if not reasons:
        status = Status.PUBLISHED
    elif evidence:
        status = Status.INCOMPLETE
    else:
        status = Status.MISSING
    return ItemCoverage(item, status, fiscal_year, tuple(evidence), tuple(reasons))


def coverage_for(catalogue: Catalogue, year: int, evidence: Sequence[Evidence]) -> list[ItemCoverage]:
    """Every item of one assessment year's catalogue."""
    return [item_coverage(item, year, evidence) for item in catalogue.items]


def coverage(catalogues: dict[int, Catalogue], evidence: Sequence[Evidence]) -> dict[int, list[ItemCoverage]]:
    """Every configured assessment year's coverage, the latest year first: computed once per build
    and handed to the OIT pages, the home page, the assessors' CSV and ``oitgen report``."""
    return {year: coverage_for(catalogue, year, evidence)
            for year, catalogue in sorted(catalogues.items(), reverse=True)}
