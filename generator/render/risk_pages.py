"""Corruption-risk assessment pages: scope, the scored worked example, the register and the measures."""

from __future__ import annotations

from collections import Counter
from typing import Any

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.models.risk import RiskAssessment, RiskLevel, WorkedExample
from generator.render.pages import Page, corrections, findings

TOPIC = "risk_assessment"


def page_title(assessment: RiskAssessment) -> str:
    return f"การประเมินความเสี่ยงการทุจริต ปีงบประมาณ {assessment.fiscal_year}"


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    return [_risk_page(loaded, diagnostics) for loaded in agency.risk]


def level_counts(assessment: RiskAssessment) -> list[dict[str, Any]]:
    """How many register rows have each level, every level listed (zero included)."""
    counts = Counter(entry.level for entry in assessment.risk_register)
    return [{"level": level, "count": counts.get(level, 0)} for level in RiskLevel]


def _score(example: WorkedExample) -> str:
    return f"{example.necessity} × {example.severity} = {example.score}"


def _risk_page(loaded: Loaded[RiskAssessment], diagnostics: list[Diagnostic]) -> Page:
    assessment = loaded.model
    title = page_title(assessment)
    example = assessment.worked_example
    count = len(assessment.risk_register)
    return Page(f"anti-corruption/risk/{loaded.slug}.md", title, "risk.md.j2", {
        "page_title": title, "risk": assessment,
        "example": example, "score": _score(example) if example else "",
        "register_count": count, "level_counts": level_counts(assessment),
        "mitigation_responsible": any(m.responsible for m in assessment.mitigations),
        "findings": findings(loaded, diagnostics), "corrections": corrections(loaded),
    }, section="anti-corruption", topics=(TOPIC,), summary=f"ทะเบียนความเสี่ยง {count} รายการ",
        fiscal_year=assessment.fiscal_year, sources=(loaded.source.path,))
