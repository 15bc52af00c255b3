"""Year rules: which fiscal year (and which part of it) an OIT item's evidence must cover.

Each catalogue item names one rule (``year_rule``); the coverage report and the OIT pages judge
the item by it. The rules come from how agencies publish their evidence (shared/OIT.md, section
"Framework"): "current year" items show the assessed fiscal year, annual reports the previous one,
monthly data at least the first six months (ไตรมาส 1–2), some items per quarter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from generator.values.fiscal import FISCAL_MONTH_ORDER

YearRuleKey = Literal["current", "previous", "first_half", "quarterly", "none"]

QUARTERS_DUE: tuple[tuple[int, tuple[int, ...]], ...] = (
    (1, FISCAL_MONTH_ORDER[0:3]),
    (2, FISCAL_MONTH_ORDER[3:6]),
)
"""The quarters an assessment looks at (ไตรมาส 1–2, ต.ค.–มี.ค.) and their calendar months."""


@dataclass(frozen=True)
class YearRule:
    key: YearRuleKey
    label_th: str
    label_en: str
    offset: int | None
    """Fiscal year asked for, relative to the assessment year (0, -1); None: not tied to a year."""
    months: tuple[int, ...] = ()
    """Calendar months that must each be published (monthly data), in fiscal order."""
    by_quarter: bool = False
    """True when the months are judged (and reported) per quarter."""


YEAR_RULES: dict[str, YearRule] = {rule.key: rule for rule in (
    YearRule("current", "ปีงบประมาณที่ประเมิน", "current fiscal year", 0),
    YearRule("previous", "ปีงบประมาณก่อนหน้า", "previous fiscal year", -1),
    YearRule("first_half", "หกเดือนแรกของปีงบประมาณที่ประเมิน ครบทุกเดือน (ไตรมาส 1–2)",
             "first six months of the current fiscal year, every month (Q1–Q2)", 0,
             months=FISCAL_MONTH_ORDER[:6]),
    YearRule("quarterly", "รายไตรมาสของปีงบประมาณที่ประเมิน (ไตรมาส 1 และ 2)",
             "quarterly, current fiscal year (Q1 and Q2)", 0,
             months=FISCAL_MONTH_ORDER[:6], by_quarter=True),
    YearRule("none", "ไม่ผูกกับปีงบประมาณ", "no year", None),
)}


def required_fiscal_year(rule: str, assessment_year: int) -> int | None:
    """The fiscal year whose evidence ``rule`` asks for in ``assessment_year``."""
    offset = YEAR_RULES[rule].offset
    return None if offset is None else assessment_year + offset
