"""The pipeline: load → checks → render → build, each stage a function of the previous one's output."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from generator.build.mkdocs_build import build_site
from generator.build.refusal import shown
from generator.build.writer import WriteStats, write_tree
from generator.checks import run_checks
from generator.diagnostics import Diagnostic, has_errors, sort_key, unacknowledged_warnings
from generator.load.agency import Agency, load_agency
from generator.oit.coverage import ItemCoverage
from generator.registry import KINDS
from generator.render import render_site
from generator.render.site_pages import site_pages

BUILD_DIR = "build"


@dataclass
class Checked:
    agency: Agency | None
    diagnostics: list[Diagnostic]

    @property
    def ok(self) -> bool:
        return self.agency is not None and not has_errors(self.diagnostics)

    def passes(self, strict: bool) -> bool:
        return self.ok and not (strict and unacknowledged_warnings(self.diagnostics))


def check(root: Path) -> Checked:
    """Load and check an agency directory; every problem is collected, nothing is written."""
    agency, diagnostics = load_agency(root, KINDS)
    if agency is not None:  # every check runs despite errors: one run reports every problem
        diagnostics = diagnostics + _without_follow_ons(run_checks(agency), diagnostics)
    return Checked(agency, sorted(_unique(diagnostics), key=sort_key))


def published_at(checked: Checked, url: str) -> Checked:
    """The checked agency with ``site.url`` set to ``url`` when site_config.yml names none
    (``oitgen build --site-url``): the host knows the address at deploy time (GitHub Pages'
    ``base_url``), so sitemap.xml, canonical links and the feed get the real address. An address
    the agency wrote wins: its own domain (and the CNAME file made from it) stays as configured."""
    if checked.agency is None or checked.agency.config.site.url:
        return checked
    agency = checked.agency
    site = agency.config.site.model_copy(update={"url": url})
    config = agency.config.model_copy(update={"site": site})
    return Checked(replace(agency, config=config), checked.diagnostics)


def _without_follow_ons(found: list[Diagnostic], loading: list[Diagnostic]) -> list[Diagnostic]:
    """Leave out a check's warning about a field whose value loading refused: the value became
    unknown, so "no bidders" after a malformed bid list only repeats the error, which names the
    cell; fixing it settles both."""
    refused = {(d.position.file, d.field) for d in loading if d.is_error and d.field}
    return [d for d in found if d.is_error or (d.position.file, d.field) not in refused]


def _unique(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """One diagnostic per code, place and field: a value refused while loading may be found again by
    a check that reads the file's text (a personal ID)."""
    seen: set[tuple[object, ...]] = set()
    unique = []
    for diagnostic in diagnostics:
        key = (diagnostic.code, diagnostic.position, diagnostic.field)
        if key not in seen:
            seen.add(key)
            unique.append(diagnostic)
    return unique


def generate(checked: Checked, build_dir: Path) -> WriteStats:
    """Render the pages and write the build tree (only files whose content changed)."""
    assert checked.agency is not None
    return write_tree(build_dir, render_site(checked.agency, checked.diagnostics))


def coverage(checked: Checked) -> dict[int, list[ItemCoverage]]:
    """OIT coverage of every configured assessment year, from the evidence of the site's pages."""
    assert checked.agency is not None
    return site_pages(checked.agency, checked.diagnostics).coverage


def build(root: Path, site_dir: Path, checked: Checked) -> WriteStats:
    """Generate into ``build/`` and run MkDocs into ``site_dir`` (atomically swapped)."""
    build_dir = root / BUILD_DIR
    stats = generate(checked, build_dir)
    build_site(build_dir / "mkdocs.yml", site_dir, root, shown(site_dir, root))
    return stats
