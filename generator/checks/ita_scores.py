"""ITA results: a printed overall score must lie within the range its indicator scores allow.

Whatever the weights (the document does not publish them), an overall score is an average of the
indicator scores, so it lies between the lowest and the highest of them. Code:
``ita-total-out-of-range`` (warning; published as printed once acknowledged, with the reason).
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.checks.paths import position
from generator.diagnostics import Diagnostic, warning
from generator.load.agency import Agency


def check(agency: Agency) -> Iterator[Diagnostic]:
    for loaded in agency.ita:
        result = loaded.model
        scores = [i.score for tool in result.tools for i in tool.indicators]
        total = result.stated_total_score
        if total is None or not scores or min(scores) <= total <= max(scores):
            continue
        low, high = min(scores), max(scores)
        yield warning(
            "ita-total-out-of-range", position(loaded.source, ("stated_total_score",)), "stated_total_score",
            f"printed overall score {total} lies outside {low}–{high}, the range of its "
            f"{len(scores)} indicator scores: no weighting can give it",
            f"คะแนนรวมที่พิมพ์ไว้ {total} อยู่นอกช่วงคะแนนรายตัวชี้วัด {len(scores)} ตัว ({low}–{high}) "
            "ซึ่งไม่ว่าจะถ่วงน้ำหนักอย่างไรก็ไม่อาจได้ค่านี้",
            printed=str(total), recomputed=f"{low}–{high}",
            label_th="คะแนนรวม เทียบกับช่วงคะแนนรายตัวชี้วัด",
        )
