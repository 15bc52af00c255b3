"""The pipeline: load → checks → render → build, each stage a function of the previous one's output."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from jinja2 import FileSystemBytecodeCache

from generator.build import incremental, site_state
from generator.build.mkdocs_build import build_site
from generator.build.refusal import shown
from generator.build.site_state import SiteState, load_state, manifest, save_state
from generator.build.writer import CACHE_DIR, WriteStats, write_tree
from generator.checks import run_checks
from generator.diagnostics import Diagnostic, has_errors, sort_key, unacknowledged_warnings
from generator.load.agency import Agency, load_agency
from generator.load.cache import LoadCache
from generator.oit.coverage import ItemCoverage
from generator.registry import KINDS
from generator.render import site_files
from generator.render.page_memo import PageMemo
from generator.render.site_pages import site_pages

BUILD_DIR = "build"


@dataclass
class Checked:
    agency: Agency | None
    diagnostics: list[Diagnostic]
    recorded: bool = False
    """The diagnostics of the last build, replayed because nothing changed since (``up_to_date``):
    nothing was loaded, and there is nothing to build."""

    @property
    def ok(self) -> bool:
        return (self.agency is not None or self.recorded) and not has_errors(self.diagnostics)

    def passes(self, strict: bool) -> bool:
        return self.ok and not (strict and unacknowledged_warnings(self.diagnostics))


def check(root: Path, cache: bool = False) -> Checked:
    """Load and check an agency directory; every problem is collected. Nothing is written but,
    with ``cache``, the load cache in ``build/.cache/`` (``generator.load.cache``); a file the
    cache holds is not parsed again either way."""
    agency, diagnostics = load_agency(root, KINDS, load_cache(root, cache))
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


def _cache_folder(build_dir: Path, name: str) -> Path | None:
    """``build/.cache/<name>``; none when the tree or the cache is a symbolic link (never written
    or read through a link oitgen did not make, as ``build/`` itself)."""
    folder = build_dir / CACHE_DIR / name
    if any(path.is_symlink() for path in (build_dir, folder.parent, folder)):
        return None
    return folder


def load_cache(root: Path, writable: bool) -> LoadCache | None:
    """The load cache of ``root``'s build tree (``build/.cache/load``)."""
    folder = _cache_folder(root / BUILD_DIR, "load")
    return LoadCache(folder, writable) if folder is not None else None


def template_cache(build_dir: Path) -> FileSystemBytecodeCache | None:
    """Compiled page templates kept in ``build/.cache/templates`` (Jinja checks each against its
    template's source); none when the folder cannot be made (that only costs compiling)."""
    folder = _cache_folder(build_dir, "templates")
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)  # Jinja writes into it, but does not make it
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))


def page_memo(build_dir: Path) -> PageMemo | None:
    """Rendered pages kept in ``build/.cache/pages`` (``render.page_memo``)."""
    folder = _cache_folder(build_dir, "pages")
    return PageMemo(folder) if folder is not None else None


def generate(checked: Checked, build_dir: Path) -> WriteStats:
    """Render the pages and write the build tree (only files whose content changed)."""
    return _generate(checked, build_dir)[0]


def _generate(checked: Checked, build_dir: Path) -> tuple[WriteStats, incremental.Generated]:
    """``generate``, and what an incremental build needs to know of the files: each file is
    written as it is made and let go (``render.site_files``), none is kept for MkDocs' run."""
    assert checked.agency is not None
    describing = incremental.Describing()
    files = describing.passing(site_files(checked.agency, checked.diagnostics, template_cache(build_dir),
                                          page_memo(build_dir)))
    return write_tree(build_dir, files), describing.generated


def coverage(checked: Checked) -> dict[int, list[ItemCoverage]]:
    """OIT coverage of every configured assessment year, from the evidence of the site's pages."""
    assert checked.agency is not None
    return site_pages(checked.agency, checked.diagnostics).coverage


@dataclass(frozen=True)
class Built:
    stats: WriteStats
    engine: str
    """What MkDocs did: ``skip`` (the site was up to date: not run, not touched), ``dirty`` (only
    the changed pages) or ``full``."""


def up_to_date(root: Path, site_dir: Path, inputs: str) -> Checked | None:
    """The last build of ``site_dir``'s diagnostics when nothing it was made from changed since
    (``inputs``: ``input_fingerprint`` taken before loading) and neither ``build/`` nor the site
    was touched: then there is nothing to check or build again. None otherwise."""
    if load_cache(root, False) is None:  # build/ or its cache is a link: not ours to trust
        return None
    state = site_state.up_to_date(root / BUILD_DIR, site_dir, inputs)
    return Checked(None, state.diagnostics, recorded=True) if state is not None else None


def build(root: Path, site_dir: Path, checked: Checked, inputs: str = "") -> Built:
    """Generate into ``build/`` and bring ``site_dir`` up to date (atomically swapped): MkDocs
    runs only when the generated files changed, over only the changed pages when it can.
    ``inputs`` is the agency's ``input_fingerprint`` taken before ``checked`` was loaded (taken
    after, it could name an edit made meanwhile); without it, the next build checks again."""
    return publish(root, site_dir, prepare(root, checked), checked.diagnostics, inputs)


@dataclass(frozen=True)
class Prepared:
    """The build tree written (``prepare``): all ``publish`` needs, without the agency."""

    stats: WriteStats
    generated: incremental.Generated


def prepare(root: Path, checked: Checked) -> Prepared:
    """``build``'s first half: write ``build/``. The caller may let the agency go before
    ``publish``, so MkDocs' memory is not added to the loaded content's."""
    return Prepared(*_generate(checked, root / BUILD_DIR))


def publish(root: Path, site_dir: Path, prepared: Prepared, diagnostics: list[Diagnostic],
            inputs: str = "") -> Built:
    """``build``'s second half: from the written ``build/``, the site, and the record of it."""
    build_dir = root / BUILD_DIR
    generated = prepared.generated
    plan = incremental.plan(load_state(build_dir, site_dir), generated, site_dir)
    search = plan.search
    if plan.mode != "skip":
        search = build_site(build_dir / "mkdocs.yml", site_dir, root, shown(site_dir, root), plan)
    save_state(build_dir, site_dir, SiteState(inputs, generated.digests, generated.titles, search,
                                              diagnostics,
                                              manifest(build_dir, CACHE_DIR, generated.digests),
                                              manifest(site_dir)))
    return Built(prepared.stats, plan.mode)
