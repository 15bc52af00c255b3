"""ITA result pages: each tool's indicator scores, and the total and level labelled as printed."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.models.ita import ItaResult, ItaToolResult
from generator.render.pages import Page, corrections, findings


def page_title(result: ItaResult) -> str:
    return f"ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปี {result.assessment_year}"


def page_path(slug: str) -> str:
    return f"anti-corruption/ita/{slug}.md"


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    return [_ita_page(loaded, diagnostics) for loaded in agency.ita]


def _tool(tool: ItaToolResult) -> dict[str, Any]:
    # scores as the printed text (str of the exact Decimal), not reformatted as money
    return {"code": tool.code.value, "anchor": tool.code.value.lower(),
            "title": tool.title or tool.code.title_th, "note": tool.note,
            "rows": [{"no": i.no or "", "title": i.title, "score": str(i.score), "note": i.note}
                     for i in tool.indicators]}


def _ita_page(loaded: Loaded[ItaResult], diagnostics: list[Diagnostic]) -> Page:
    result = loaded.model
    title = page_title(result)
    total = str(result.stated_total_score) if result.stated_total_score is not None else None
    summary = f"คะแนนรวมตามที่พิมพ์ {total}" if total else f"{len(result.tools)} แบบวัด"
    return Page(page_path(loaded.slug), title, "ita.md.j2", {
        "page_title": title, "ita": result, "total": total,
        "indicator_count": sum(len(tool.indicators) for tool in result.tools),
        "tools": [_tool(tool) for tool in result.tools],
        "findings": findings(loaded, diagnostics), "corrections": corrections(loaded),
    }, section="anti-corruption", summary=summary + (f" ระดับ {result.level}" if result.level else ""),
        sources=(loaded.source.path,))
