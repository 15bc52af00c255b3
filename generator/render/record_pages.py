"""A page per record: the page builder of a simple kind, so that declaring such a kind in
``generator.registry`` takes a model, one line and a template, and no builder module.

Each file of the kind becomes ``<folder>/<slug>.md`` rendered with the kind's template, which gets
the record as ``record`` and, when the model has a Markdown ``body``, its sanitised HTML as ``body``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency
from generator.render.markdown_text import render_markdown
from generator.render.pages import Page


def record_pages(key: str, folder: str, template: str, *, in_nav: bool = True, footer: bool = False,
                 section: str | None = None) -> Callable[[Agency, list[Diagnostic]], list[Page]]:
    """The builder of kind ``key``: one page per record, titled by its ``title``."""

    def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
        result = []
        for loaded in agency.datasets.get(key, []):
            record = loaded.model
            context: dict[str, Any] = {"page_title": record.title, "record": record}
            if isinstance(body := getattr(record, "body", None), str):
                context["body"] = render_markdown(body, id_prefix=f"{loaded.slug}-")
            result.append(Page(f"{folder}/{loaded.slug}.md", record.title, template, context,
                               section=section, in_nav=in_nav, footer=footer,
                               updated=getattr(record, "updated", None)))
        return result

    return pages
