"""Every page of the site: the kinds' pages, the section indexes and home, then the OIT pages.

The evidence of the kinds' pages and the section indexes gives the OIT coverage, computed once
here and handed to the home page, the OIT pages and the assessors' CSV.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.diagnostics import Diagnostic
from generator.load.agency import Agency
from generator.oit.coverage import ItemCoverage, coverage
from generator.render import oit_pages, section_pages
from generator.render.pages import Page


@dataclass(frozen=True)
class SitePages:
    pages: list[Page]
    coverage: dict[int, list[ItemCoverage]]
    """OIT coverage by assessment year, the latest first."""


def site_pages(agency: Agency, diagnostics: list[Diagnostic]) -> SitePages:
    """Each kind's pages (its builders, declared with the kind in ``generator.registry``), the
    section indexes, the coverage of their evidence, then home and the OIT pages."""
    builders = dict.fromkeys(builder for kind in agency.kinds for builder in kind.pages)
    data_pages = [page for builder in builders for page in builder(agency, diagnostics)]
    sections = section_pages.sections(agency, data_pages)
    found = coverage(agency.catalogues, [page.evidence for page in sections + data_pages])
    pages = [section_pages.home(agency, found), *sections, *data_pages]
    return SitePages(pages + oit_pages.pages(agency, found), found)


def build_pages(agency: Agency, diagnostics: list[Diagnostic]) -> list[Page]:
    """Every page of the site (``site_pages`` without the coverage)."""
    return site_pages(agency, diagnostics).pages
