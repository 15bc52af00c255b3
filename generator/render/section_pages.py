"""The home page and the index page of each section (the five OIT categories + anti-corruption)."""

from __future__ import annotations

import posixpath

from markupsafe import Markup

from generator.load.agency import Agency
from generator.models.topics import TOPICS
from generator.oit.coverage import ItemCoverage
from generator.render import news_pages, oit_pages
from generator.render.pages import Page
from generator.render.sections import SECTIONS, SectionSpec


def sections(agency: Agency, data_pages: list[Page]) -> list[Page]:
    """The index page of each section."""
    org = agency.config.organisation
    has_contact = bool(org.address or org.phone or org.email)
    return [_section_page(spec, data_pages, has_contact) for spec in SECTIONS]


def home(agency: Agency, coverage: dict[int, list[ItemCoverage]]) -> Page:
    """The home page: sections, latest news and the latest assessment year's OIT status."""
    return Page("index.md", "หน้าแรก", "home.md.j2", {
        "sections": [{"title": s.title, "summary": s.summary, "link": Markup(f"{s.slug}/index.md")}
                     for s in SECTIONS],
        "fiscal_year": agency.config.site.current_fiscal_year,
        "latest_news": news_pages.latest(agency, "index.md"),
        "news_link": Markup(news_pages.INDEX),
        "oit": _oit_status(coverage),
    })


def _oit_status(coverage: dict[int, list[ItemCoverage]]) -> dict[str, object] | None:
    """The latest assessment year's item counts by status, for the home page (DESIGN §4)."""
    if not coverage:
        return None
    year = max(coverage)
    counts = oit_pages.status_counts(coverage[year])
    return {"year": year, "counts": counts, "link": Markup(oit_pages.year_path(year))}


def _section_page(spec: SectionSpec, data_pages: list[Page], has_contact: bool) -> Page:
    index_path = f"{spec.slug}/index.md"
    mine = [p for p in data_pages if p.section == spec.slug and p.in_nav]
    # the basic section's index shows the contact details of site_config.yml
    own_topics = ("contact",) if spec.slug == "basic" and has_contact else ()
    covered = {topic for page in mine for topic in page.topics} | set(own_topics)
    # links are generated paths (trusted), written as Markdown links so MkDocs checks and rewrites them
    entries = [{"title": p.title, "link": Markup(posixpath.relpath(p.path, spec.slug)), "detail": p.summary}
               for p in mine]
    return Page(index_path, spec.title, "section.md.j2", {
        "section": {
            "title": spec.title, "summary": spec.summary, "entries": entries,
            "planned": [TOPICS[topic].label for topic in spec.topics if topic not in covered],
            "contact": spec.slug == "basic",
        },
    }, section=spec.slug, topics=own_topics)
