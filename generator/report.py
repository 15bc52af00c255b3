"""``oitgen report``: OIT coverage of an assessment year as text for the terminal."""

from __future__ import annotations

from generator.oit.coverage import STATUS_TH, ItemCoverage, Status
from generator.render.oit_pages import item_path
from generator.render.urls import site_url


def _rule_text(row: ItemCoverage) -> str:
    """``first six months … (FY 2568) / หกเดือนแรก… (ปีงบประมาณ 2568)``."""
    rule, year = row.rule, row.fiscal_year
    if year is None:
        return f"{rule.label_en} / {rule.label_th}"
    return f"{rule.label_en} (FY {year}) / {rule.label_th} (ปีงบประมาณ {year})"


def format_report(year: int, title: str, rows: list[ItemCoverage], base_url: str = "") -> str:
    counts = " · ".join(f"{STATUS_TH[s]} {sum(r.status is s for r in rows)}" for s in Status)
    lines = [f"OIT {year}: {title}", f"  {counts}", ""]
    for row in rows:
        url = base_url + site_url(item_path(year, row.item.code))
        lines.append(f"{row.item.code:<4} {row.status.value:<11} {url:<18} {row.item.title}")
        lines.append(f"{'':<5}rule: {_rule_text(row)}")
        lines.extend(f"{'':<5}- {reason}" for reason in row.reasons)
    return "\n".join(lines)
