"""Pages of generic disclosure documents: one page per document, in the section of its topic."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency, Loaded
from generator.models.document import DisclosureDocument, KeyFigure
from generator.models.topics import TOPICS
from generator.render.pages import Page


def page_path(loaded: Loaded[DisclosureDocument]) -> str:
    return f"{TOPICS[loaded.model.topic].section}/documents/{loaded.slug}.md"


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    ordered = sorted(agency.documents, key=lambda d: (d.model.topic, -(d.model.fiscal_year or 0), d.slug))
    return [_document_page(loaded) for loaded in ordered]


def _figure(figure: KeyFigure) -> dict[str, Any]:
    """A key figure as shown: money formatted with its unit บาท, other numbers with their own unit."""
    if figure.amount is not None:
        return {"label": figure.label, "value": figure.amount, "unit": "บาท", "note": figure.note}
    return {"label": figure.label, "value": f"{figure.value:,}", "unit": figure.unit, "note": figure.note}


def _summary(doc: DisclosureDocument) -> str:
    topic = TOPICS[doc.topic].label
    return f"{topic} ปีงบประมาณ {doc.fiscal_year}" if doc.fiscal_year else topic


def _document_page(loaded: Loaded[DisclosureDocument]) -> Page:
    doc = loaded.model
    topic = TOPICS[doc.topic]
    return Page(page_path(loaded), doc.title, "document.md.j2", {
        "page_title": doc.title,
        "doc": doc, "topic_label": topic.label,
        "figures": [_figure(f) for f in doc.key_figures],
    }, section=topic.section, topics=(doc.topic,), summary=_summary(doc),
        fiscal_year=doc.fiscal_year, updated=doc.date, sources=(loaded.source.path,))
