"""Every page of the site: the kinds' pages, the section indexes and home, then the OIT pages."""

from __future__ import annotations

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency
from generator.render import oit_pages, section_pages
from generator.render.pages import Page


def build_pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    """Each kind's pages (its builders, declared with the kind in ``generator.registry``), then the
    home and section indexes, then the OIT pages that link to all of them."""
    builders = dict.fromkeys(builder for kind in agency.kinds for builder in kind.pages)
    data_pages = [page for builder in builders for page in builder(agency, diagnostics)]
    site_pages = section_pages.pages(agency, data_pages) + data_pages
    return site_pages + oit_pages.pages(agency, site_pages)
