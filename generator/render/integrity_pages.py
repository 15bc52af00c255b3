"""Integrity-measure pages: each measure with the indicator it answers, what was done and its status."""

from __future__ import annotations

import posixpath

from markupsafe import Markup

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.models.integrity import IntegrityMeasures
from generator.render import ita_pages
from generator.render.pages import Page, corrections

TOPIC = "integrity_measures"  # keys of generator/models/topics.py
IMPLEMENTATION = "integrity_implementation"
NO_STATUS = "เอกสารไม่ได้ระบุ"


def page_title(measures: IntegrityMeasures) -> str:
    return f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ {measures.fiscal_year}"


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    ita_slugs = {loaded.model.assessment_year: loaded.slug for loaded in agency.ita}
    return [_integrity_page(loaded, ita_slugs) for loaded in agency.integrity]


def _integrity_page(loaded: Loaded[IntegrityMeasures], ita_slugs: dict[int, str]) -> Page:
    measures = loaded.model
    title = page_title(measures)
    path = f"anti-corruption/integrity/{loaded.slug}.md"
    ita_slug = ita_slugs.get(measures.based_on_assessment) if measures.based_on_assessment else None
    # a Markdown link to a generated page: MkDocs checks and rewrites it
    ita_link = Markup(posixpath.relpath(ita_pages.page_path(ita_slug), posixpath.dirname(path))) \
        if ita_slug else None
    rows = [{"measure": m, "status": m.status.label_th if m.status else NO_STATUS,
             "score": str(m.score) if m.score is not None else "ไม่ระบุ"} for m in measures.measures]
    # results or statuses make the page a report on the measures too, not only the plan
    reported = any(m.result or m.status for m in measures.measures)
    return Page(path, title, "integrity.md.j2", {
        "page_title": title, "measures": measures, "rows": rows, "ita_link": ita_link,
        "corrections": corrections(loaded),
    }, section="anti-corruption", topics=(TOPIC, IMPLEMENTATION) if reported else (TOPIC,),
        summary=f"{len(rows)} มาตรการ",
        fiscal_year=measures.fiscal_year, sources=(loaded.source.path,))
