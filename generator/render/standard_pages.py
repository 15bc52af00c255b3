"""The site's standard pages (หน้ามาตรฐานของเว็บไซต์, WEB-STANDARDS): every site has a privacy notice,
an accessibility statement, a website policy and a contact page, linked from the footer.

An agency's own ``content/about/<slug>.md`` wins; a standard page it has not written is published
from oitgen's Thai default (``generator/new_templates/standard_pages/<slug>.md``, which
``oitgen new standard_pages <slug>`` copies for the agency to edit), so a new agency meets the
standard before it edits anything. Further pages of ``content/about/`` follow the standard ones.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import yaml

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency
from generator.models.standard_page import StandardPage
from generator.render.markdown_text import render_markdown
from generator.render.pages import Page

KEY, FOLDER, TEMPLATE = "standard_pages", "about", "standard_page.md.j2"
STANDARD = ("privacy", "accessibility", "website-policy", "contact")
"""The footer's order: what the site collects first, how to reach the agency last."""


def default_page(slug: str) -> StandardPage:
    """oitgen's Thai default of one standard page (package data, checked by the tests)."""
    text = (files("generator") / "new_templates" / KEY / f"{slug}.md").read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    return StandardPage.model_validate({**yaml.safe_load(front), "body": body})


def pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    own = {loaded.slug: (loaded.model, loaded.source.path) for loaded in agency.datasets.get(KEY, [])}
    chosen = {slug: own.get(slug, (default_page(slug), None)) for slug in STANDARD}
    chosen.update((slug, found) for slug, found in own.items() if slug not in chosen)
    return [_page(slug, record, source) for slug, (record, source) in chosen.items()]


def _page(slug: str, record: StandardPage, source: str | None) -> Page:
    context: dict[str, Any] = {"page_title": record.title, "record": record,
                               "body": render_markdown(record.body, id_prefix=f"{slug}-")}
    return Page(f"{FOLDER}/{slug}.md", record.title, TEMPLATE, context, in_nav=False, footer=True,
                sources=(source,) if source else ())
